package org.inpaintstudio.client;

import java.util.Locale;
import org.inpaintstudio.api.TaskState;
import org.inpaintstudio.api.TaskStatus;

/** The service ran the task and it ended in a failure state (a negative code). */
public final class TaskFailedException extends ClientException {
    private static final long serialVersionUID = 1L;

    private final TaskStatus status;

    TaskFailedException(TaskStatus status) {
        super(false, null);
        this.status = status;
    }

    public TaskStatus status() {
        return status;
    }

    public TaskState state() {
        return status.state();
    }

    @Override
    public String message(Locale locale) {
        TaskState state = status.state();
        return format(
                locale,
                "error.task-failed",
                String.valueOf(status.taskId()),
                state.meaning(locale),
                String.valueOf(state.code()),
                state.advice(locale));
    }
}
