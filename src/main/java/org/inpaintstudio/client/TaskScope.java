package org.inpaintstudio.client;

import java.time.Duration;
import org.inpaintstudio.api.TaskStatus;

/**
 * One run of a task: its listener, its cancellation and its overall deadline. Every wait of the client (rate
 * limit, retry back-off, poll interval) goes through {@link #pause} so that cancelling ends it at once.
 */
final class TaskScope {
    /** Timers fire a little early or late; a deadline this close counts as reached. */
    private static final long DEADLINE_SLACK_NANOS = Duration.ofMillis(5).toNanos();

    private final Cancellation cancellation;
    private final TaskListener listener;
    private final Duration limit;
    private final long deadlineNanos;
    private String taskId;
    private int slowDowns;

    TaskScope(Cancellation cancellation, TaskListener listener, Duration limit) {
        this.cancellation = cancellation;
        this.listener = listener;
        this.limit = limit;
        this.deadlineNanos = System.nanoTime() + limit.toNanos();
    }

    Cancellation cancellation() {
        return cancellation;
    }

    long remainingNanos() {
        return deadlineNanos - System.nanoTime();
    }

    boolean deadlinePassed() {
        return remainingNanos() <= DEADLINE_SLACK_NANOS;
    }

    /** Remembered so that a time-out or cancellation can name the task that may still be running. */
    void taskCreated(String id) {
        this.taskId = id;
    }

    void report(TaskStatus status) {
        listener.onStatus(status);
    }

    /** The service asked to slow down (429 or 503) once more; the count goes into a deadline's message. */
    void slowedDown() {
        slowDowns++;
    }

    void notice(ClientNotice notice) {
        listener.onNotice(notice);
    }

    /** Waits {@code nanos}, or less when the deadline comes first; ends early by throwing when cancelled. */
    void pause(long nanos) throws TaskCancelledException {
        try {
            if (cancellation.await(Math.min(nanos, remainingNanos()))) {
                throw cancelled();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw cancelled();
        }
    }

    void checkCancelled() throws TaskCancelledException {
        if (cancellation.isCancelled() || Thread.currentThread().isInterrupted()) {
            throw cancelled();
        }
    }

    void checkDeadline(boolean mayHaveBeenCreated) throws DeadlineExceededException {
        if (deadlinePassed()) {
            throw deadlineExceeded(mayHaveBeenCreated, null);
        }
    }

    TaskCancelledException cancelled() {
        return new TaskCancelledException(taskId);
    }

    DeadlineExceededException deadlineExceeded(boolean mayHaveBeenCreated, Throwable cause) {
        return new DeadlineExceededException(limit, taskId, slowDowns, mayHaveBeenCreated, cause);
    }
}
