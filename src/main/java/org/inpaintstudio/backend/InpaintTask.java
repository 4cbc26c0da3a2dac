package org.inpaintstudio.backend;

import java.util.concurrent.CompletionStage;

/** A submitted task: its id, how it ends, and a way to stop it. */
public interface InpaintTask {
    /** The task id (a UUID for local tasks, the service's id for remote ones). */
    String id();

    /**
     * Completes with the finished task, done or failed, after its last status update; completes exceptionally with
     * a {@link java.util.concurrent.CancellationException} when the task was cancelled.
     */
    CompletionStage<TaskOutcome> outcome();

    /** Asks the task to stop: a queued task never starts, a running engine stops within moments. */
    void cancel();
}
