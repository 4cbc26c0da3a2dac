package org.inpaintstudio.client;

import java.util.concurrent.TimeUnit;

/**
 * Spaces requests evenly at a given rate, across every thread that shares it: at 2 per second a request starts
 * at least 500 ms after the one before, never sooner, so a batch of 60 takes 29.5 s and no second ever holds a
 * third request. The first request goes at once.
 *
 * <p>The gap is measured from when the previous request was actually let go, not from a timetable: a thread that
 * wakes late (a busy machine) pushes the next request back instead of letting two go close together. A 429 can
 * push every later request back ({@link #holdUntil}).
 */
final class RateLimiter {
    private final long intervalNanos;
    private long nextFreeNanos = System.nanoTime();

    RateLimiter(double permitsPerSecond) {
        if (!(permitsPerSecond > 0) || Double.isInfinite(permitsPerSecond)) {
            throw new IllegalArgumentException("requests per second must be positive, was " + permitsPerSecond);
        }
        this.intervalNanos = Math.round(TimeUnit.SECONDS.toNanos(1) / permitsPerSecond);
    }

    /** Waits until this request may go. */
    void acquire(TaskScope scope) throws TaskCancelledException, DeadlineExceededException {
        long wait;
        while ((wait = tryTake()) > 0) {
            if (wait > scope.remainingNanos()) {
                throw scope.deadlineExceeded(false, null);
            }
            scope.pause(wait);
        }
    }

    /** Takes the permit when it is free now and returns 0; otherwise returns how long until it is free. */
    private synchronized long tryTake() {
        long now = System.nanoTime();
        long wait = nextFreeNanos - now;
        if (wait <= 0) {
            nextFreeNanos = now + intervalNanos;
        }
        return Math.max(0, wait);
    }

    /** No request starts before {@code nanoTime} (the service said to wait). */
    synchronized void holdUntil(long nanoTime) {
        nextFreeNanos = Math.max(nextFreeNanos, nanoTime);
    }
}
