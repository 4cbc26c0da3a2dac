package org.inpaintstudio.engine;

import org.inpaintstudio.work.CancellationToken;
import org.inpaintstudio.work.ProgressListener;

/**
 * Turns the progress of the current job into the share of the whole call, never going back, and checks the
 * cancellation token whenever progress is reported.
 */
final class ProgressTracker {
    private final ProgressListener listener;
    private final CancellationToken cancel;
    private final double total;
    private double done;
    private double jobWeight;
    private double reported = -1;

    ProgressTracker(ProgressListener listener, CancellationToken cancel, double totalWeight) {
        this.listener = listener;
        this.cancel = cancel;
        this.total = Math.max(totalWeight, 1e-9);
    }

    CancellationToken cancel() {
        return cancel;
    }

    /** Starts a job worth {@code weight} of the total; the previous job counts as complete. */
    synchronized void startJob(double weight) {
        done += jobWeight;
        jobWeight = weight;
        report(0);
    }

    /** The current job is this share (0..1) done. */
    synchronized void report(double jobFraction) {
        cancel.throwIfCancelled();
        double fraction = Math.min(1.0, (done + jobWeight * Math.max(0, Math.min(1, jobFraction))) / total);
        if (fraction > reported) {
            reported = fraction;
            listener.progress(fraction);
        }
    }

    synchronized void finish() {
        if (reported < 1.0) {
            reported = 1.0;
            listener.progress(1.0);
        }
    }
}
