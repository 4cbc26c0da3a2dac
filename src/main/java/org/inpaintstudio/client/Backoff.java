package org.inpaintstudio.client;

import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * Exponential back-off with jitter for retries: the n-th wait is {@code base * 2^n}, capped, then scaled by a random
 * factor in [0.5, 1) so that clients that failed together do not retry together.
 */
final class Backoff {
    private final long baseNanos;
    private final long capNanos;
    private final DoubleSupplier random;

    Backoff(Duration base, Duration cap, DoubleSupplier random) {
        this.baseNanos = base.toNanos();
        this.capNanos = cap.toNanos();
        this.random = random;
    }

    /** The wait before retry number {@code attempt} (0 for the first retry). */
    long delayNanos(int attempt) {
        double exponential = Math.min(capNanos, baseNanos * Math.pow(2, attempt));
        return Math.round(exponential * (0.5 + 0.5 * random.getAsDouble()));
    }
}
