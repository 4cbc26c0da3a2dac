package org.inpaintstudio.client;

import java.util.Locale;
import org.inpaintstudio.api.ApiError;

/**
 * The service answered 404 while the client followed a task it had created: it no longer knows the task, most
 * likely because it restarted. A failure of the service, not a refused request.
 */
public final class TaskLostException extends ClientException {
    private static final long serialVersionUID = 1L;

    private final String taskId;
    private final ApiError error;

    TaskLostException(String taskId, ApiError error) {
        super(false, null);
        this.taskId = taskId;
        this.error = error;
    }

    public String taskId() {
        return taskId;
    }

    @Override
    public String message(Locale locale) {
        return format(locale, "error.task-lost", taskId, String.valueOf(error.httpStatus()));
    }
}
