package org.inpaintstudio.client;

import java.util.Locale;

/** The caller cancelled: polling stopped and the request in flight was abandoned. */
public final class TaskCancelledException extends ClientException {
    private static final long serialVersionUID = 1L;

    private final String taskId;

    /** @param taskId the task already created on the service, or null */
    TaskCancelledException(String taskId) {
        super(false, null);
        this.taskId = taskId;
    }

    @Override
    public String message(Locale locale) {
        return taskId == null ? format(locale, "error.cancelled") : format(locale, "error.cancelled.task", taskId);
    }
}
