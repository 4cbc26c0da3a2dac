package org.inpaintstudio.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class PerKeyRateLimitTest {
    private final AtomicLong now = new AtomicLong(1_000_000_000L);

    private void advanceMillis(long ms) {
        now.addAndGet(TimeUnit.MILLISECONDS.toNanos(ms));
    }

    @Test
    void aBurstOfQpsPassesThenOneASecondOverHalf() {
        PerKeyRateLimit limiter = new PerKeyRateLimit(2, now::get);
        assertEquals(0, limiter.acquire(0));
        assertEquals(0, limiter.acquire(0));
        assertEquals(1, limiter.acquire(0), "wait a second (rounded up)");
        advanceMillis(499);
        assertEquals(1, limiter.acquire(0));
        advanceMillis(2);
        assertEquals(0, limiter.acquire(0), "half a second gives one token at 2 qps");
        assertEquals(1, limiter.acquire(0));
    }

    @Test
    void keysHaveTheirOwnBuckets() {
        PerKeyRateLimit limiter = new PerKeyRateLimit(1, now::get);
        assertEquals(0, limiter.acquire(0));
        assertEquals(1, limiter.acquire(0));
        assertEquals(0, limiter.acquire(1));
    }

    @Test
    void slowRatesSayHowLongToWait() {
        PerKeyRateLimit limiter = new PerKeyRateLimit(0.2, now::get);
        assertEquals(0, limiter.acquire(0));
        assertEquals(5, limiter.acquire(0));
        advanceMillis(3000);
        assertEquals(2, limiter.acquire(0));
    }

    @Test
    void zeroLiftsTheLimit() {
        PerKeyRateLimit limiter = new PerKeyRateLimit(0, now::get);
        for (int i = 0; i < 1000; i++) {
            assertEquals(0, limiter.acquire(0));
        }
    }
}
