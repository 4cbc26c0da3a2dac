package org.inpaintstudio.client;

import java.util.concurrent.TimeUnit;

/**
 * Spaces requests evenly at a given rate, across every thread that shares it: at 2 per second a request may start
 * every 500 ms and never sooner, so a batch of 60 takes 29.5 s and no second ever sees a third request. The first
 * request goes at once. A 429 can push every later request back ({@link #holdUntil}).
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

    /** Waits for this request's slot. */
    void acquire(TaskScope scope) throws TaskCancelledException, DeadlineExceededException {
        long wait = reserve() - System.nanoTime();
        if (wait > scope.remainingNanos()) {
            throw scope.deadlineExceeded(false, null);
        }
        if (wait > 0) {
            scope.pause(wait);
        }
    }

    /** Takes the next free slot and returns its start time (nanoTime). */
    synchronized long reserve() {
        long now = System.nanoTime();
        long slot = Math.max(now, nextFreeNanos);
        nextFreeNanos = slot + intervalNanos;
        return slot;
    }

    /** No request starts before {@code nanoTime} (the service said to wait). */
    synchronized void holdUntil(long nanoTime) {
        nextFreeNanos = Math.max(nextFreeNanos, nanoTime);
    }
}
