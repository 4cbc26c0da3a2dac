package org.inpaintstudio.client;

import java.time.Duration;
import java.util.Locale;

/** The overall time limit of a task ran out before it finished. */
public final class DeadlineExceededException extends ClientException {
    private static final long serialVersionUID = 1L;

    private final Duration limit;
    private final String taskId;

    /** @param taskId the task that was still running, or null when none had been created yet */
    DeadlineExceededException(Duration limit, String taskId, boolean mayHaveBeenCreated, Throwable cause) {
        super(mayHaveBeenCreated, cause);
        this.limit = limit;
        this.taskId = taskId;
    }

    public Duration limit() {
        return limit;
    }

    @Override
    public String message(Locale locale) {
        String seconds = String.valueOf(Math.max(1, Math.round(limit.toMillis() / 1000.0)));
        return taskId == null
                ? format(locale, "error.deadline", seconds)
                : format(locale, "error.deadline.task", seconds, taskId);
    }
}
