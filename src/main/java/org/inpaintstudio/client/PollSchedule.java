package org.inpaintstudio.client;

import java.time.Duration;

/** The waits between status checks: short at first (most tasks end in 1-2 s), growing by a factor up to a cap. */
final class PollSchedule {
    private final long capNanos;
    private final double factor;
    private long nextNanos;

    PollSchedule(Duration first, double factor, Duration cap) {
        this.nextNanos = first.toNanos();
        this.factor = factor;
        this.capNanos = cap.toNanos();
    }

    long nextDelayNanos() {
        long delay = Math.min(nextNanos, capNanos);
        nextNanos = Math.min(capNanos, Math.round(nextNanos * factor));
        return delay;
    }
}
