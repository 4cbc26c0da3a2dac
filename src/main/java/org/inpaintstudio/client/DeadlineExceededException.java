package org.inpaintstudio.client;

import java.time.Duration;
import java.util.Locale;

/** The overall time limit of a task ran out before it finished. */
public final class DeadlineExceededException extends ClientException {
    private static final long serialVersionUID = 1L;

    private final Duration limit;
    private final String taskId;
    private final int slowDowns;

    /**
     * @param taskId the task that was still running, or null when none had been created yet
     * @param slowDowns how many times the service answered "slow down" (429, 503) while the time ran
     */
    DeadlineExceededException(
            Duration limit, String taskId, int slowDowns, boolean mayHaveBeenCreated, Throwable cause) {
        super(mayHaveBeenCreated, cause);
        this.limit = limit;
        this.taskId = taskId;
        this.slowDowns = slowDowns;
    }

    public Duration limit() {
        return limit;
    }

    /** How many times the service asked to slow down before the time ran out. */
    public int slowDowns() {
        return slowDowns;
    }

    @Override
    public String message(Locale locale) {
        String seconds = String.valueOf(Math.max(1, Math.round(limit.toMillis() / 1000.0)));
        if (slowDowns > 0) {
            return taskId == null
                    ? format(locale, "error.deadline.slow-downs", seconds, slowDowns)
                    : format(locale, "error.deadline.task.slow-downs", seconds, taskId, slowDowns);
        }
        return taskId == null
                ? format(locale, "error.deadline", seconds)
                : format(locale, "error.deadline.task", seconds, taskId);
    }
}
