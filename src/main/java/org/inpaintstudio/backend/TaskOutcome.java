package org.inpaintstudio.backend;

import java.util.Objects;
import org.inpaintstudio.api.TaskState;
import org.inpaintstudio.api.TaskStatus;

/**
 * How a task ended.
 *
 * @param status the final status: {@link TaskState#DONE} or a failure state
 * @param result the repaired image when done, otherwise null
 * @param message for a failure, what went wrong in words a person can act on; "success" when done
 */
public record TaskOutcome(TaskStatus status, InpaintResult result, String message) {
    public static final String SUCCESS = "success";

    public TaskOutcome {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(message, "message");
        if (status.state() == TaskState.DONE && result == null) {
            throw new IllegalArgumentException("a finished task needs its result");
        }
        if (!status.state().isFinished()) {
            throw new IllegalArgumentException("the task is not finished: " + status.state());
        }
    }

    public static TaskOutcome done(TaskStatus status, InpaintResult result) {
        return new TaskOutcome(status, result, SUCCESS);
    }

    public static TaskOutcome failed(TaskStatus status, String message) {
        return new TaskOutcome(status, null, message);
    }

    public boolean succeeded() {
        return status.state() == TaskState.DONE;
    }
}
