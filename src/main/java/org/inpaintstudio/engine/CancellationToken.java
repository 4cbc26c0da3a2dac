package org.inpaintstudio.engine;

/** A flag that a long job checks; set it from any thread to stop the job. */
public final class CancellationToken {
    private volatile boolean cancelled;

    public void cancel() {
        cancelled = true;
    }

    public boolean isCancelled() {
        return cancelled;
    }

    /** Ends the current job by throwing when cancellation was asked for. */
    public void throwIfCancelled() {
        if (cancelled) {
            throw new InpaintCancelledException();
        }
    }
}
