package org.inpaintstudio.batch;

/** Where one photo of a batch stands. */
public enum BatchItemState {
    WAITING(false),
    RUNNING(false),
    DONE(true),
    /** Done by an earlier run of the same batch (its journal says so and the result is there). */
    ALREADY_DONE(true),
    /** Not filled: no mask, or rectangles that do not fit it. */
    SKIPPED(false),
    FAILED(false),
    CANCELLED(false);

    private final boolean done;

    BatchItemState(boolean done) {
        this.done = done;
    }

    /** Whether the photo has its result. */
    public boolean isDone() {
        return done;
    }

    public boolean isFinal() {
        return this != WAITING && this != RUNNING;
    }
}
