package org.inpaintstudio.client;

import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * Exponential back-off with full jitter for retries: the n-th wait is a random time between 0 and
 * {@code base * 2^n} (capped). Clients that were refused together then spread over the whole window instead of
 * retrying together and colliding again; with a fixed or half jitter, processes that share a service kept
 * meeting on the same instants.
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
        double exponential = Math.min(capNanos, baseNanos * Math.pow(2, Math.min(attempt, 62)));
        return Math.round(exponential * random.getAsDouble());
    }

    /**
     * The wait when the service named one (Retry-After): never sooner, plus up to one base step at random, so that
     * everyone told the same instant does not come back on it together.
     */
    long afterServerDelayNanos(long serverNanos) {
        return serverNanos + Math.round(baseNanos * random.getAsDouble());
    }
}
