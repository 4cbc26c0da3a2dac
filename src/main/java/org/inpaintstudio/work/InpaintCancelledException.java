package org.inpaintstudio.work;

/** Thrown by a job that stopped because its {@link CancellationToken} was set. */
public final class InpaintCancelledException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public InpaintCancelledException() {
        super("cancelled");
    }
}
