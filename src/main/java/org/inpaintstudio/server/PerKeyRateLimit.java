package org.inpaintstudio.server;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * A token bucket per API key: {@code qps} tokens a second, holding at most {@code max(1, qps)} so a short burst
 * of that many requests passes. A qps of 0 (or less) lifts the limit.
 */
public final class PerKeyRateLimit {
    private static final long SECOND = TimeUnit.SECONDS.toNanos(1);

    private final double qps;
    private final double capacity;
    private final LongSupplier nanoClock;
    private final ConcurrentHashMap<Integer, Bucket> buckets = new ConcurrentHashMap<>();

    public PerKeyRateLimit(double qps) {
        this(qps, System::nanoTime);
    }

    PerKeyRateLimit(double qps, LongSupplier nanoClock) {
        this.qps = qps;
        this.capacity = Math.max(1, qps);
        this.nanoClock = nanoClock;
    }

    public double qps() {
        return qps;
    }

    public boolean unlimited() {
        return qps <= 0;
    }

    /**
     * Takes a token for this key. Answers 0 when the request may go ahead, otherwise how many whole seconds
     * to wait (at least 1), which is what Retry-After says.
     */
    public long acquire(int key) {
        if (unlimited()) {
            return 0;
        }
        Bucket bucket = buckets.computeIfAbsent(key, k -> new Bucket(capacity, nanoClock.getAsLong()));
        synchronized (bucket) {
            long now = nanoClock.getAsLong();
            bucket.tokens = Math.min(capacity, bucket.tokens + (now - bucket.updated) * qps / SECOND);
            bucket.updated = now;
            if (bucket.tokens >= 1) {
                bucket.tokens -= 1;
                return 0;
            }
            double waitSeconds = (1 - bucket.tokens) / qps;
            return Math.max(1, (long) Math.ceil(waitSeconds));
        }
    }

    private static final class Bucket {
        double tokens;
        long updated;

        Bucket(double tokens, long updated) {
            this.tokens = tokens;
            this.updated = updated;
        }
    }
}
