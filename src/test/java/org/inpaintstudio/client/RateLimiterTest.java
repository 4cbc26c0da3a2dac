package org.inpaintstudio.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class RateLimiterTest {
    private final TaskScope scope = new TaskScope(new Cancellation(), TaskListener.NONE, Duration.ofSeconds(5));

    @Test
    void requestsAreSpacedEvenlyAndTheFirstGoesAtOnce() throws Exception {
        RateLimiter limiter = new RateLimiter(20); // one every 50 ms
        long start = System.nanoTime();
        long[] at = new long[6];
        for (int i = 0; i < at.length; i++) {
            limiter.acquire(scope);
            at[i] = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        }

        assertTrue(at[0] < 20, "the first request waited " + at[0] + " ms");
        for (int i = 1; i < at.length; i++) {
            assertTrue(at[i] - at[i - 1] >= 49, "request " + i + " went " + (at[i] - at[i - 1]) + " ms after");
        }
        assertTrue(at[5] < 250 + 150, "5 gaps of 50 ms took " + at[5] + " ms");
    }

    @Test
    void threadsShareTheRate() throws Exception {
        RateLimiter limiter = new RateLimiter(50); // one every 20 ms
        Thread[] threads = new Thread[4];
        long start = System.nanoTime();
        for (int t = 0; t < threads.length; t++) {
            threads[t] = new Thread(() -> {
                for (int i = 0; i < 5; i++) {
                    try {
                        limiter.acquire(scope);
                    } catch (ClientException e) {
                        throw new AssertionError(e);
                    }
                }
            });
            threads[t].start();
        }
        for (Thread thread : threads) {
            thread.join();
        }

        long took = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assertTrue(took >= 19 * 20 - 10, "20 requests at 50/s took only " + took + " ms");
    }

    @Test
    void holdingPushesTheNextRequestBack() throws Exception {
        RateLimiter limiter = new RateLimiter(1000);
        limiter.holdUntil(System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(150));
        long start = System.nanoTime();

        limiter.acquire(scope);

        assertTrue(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start) >= 140);
    }

    @Test
    void aWaitLongerThanTheDeadlineFailsAtOnce() {
        RateLimiter limiter = new RateLimiter(0.5); // one every 2 s
        TaskScope shortScope = new TaskScope(new Cancellation(), TaskListener.NONE, Duration.ofMillis(500));
        assertThrows(IllegalArgumentException.class, () -> new RateLimiter(0));
        long start = System.nanoTime();

        assertThrows(DeadlineExceededException.class, () -> {
            limiter.acquire(shortScope);
            limiter.acquire(shortScope);
        });
        assertTrue(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start) < 100);
    }

    @Test
    void cancellingEndsTheWait() throws Exception {
        RateLimiter limiter = new RateLimiter(0.5);
        Cancellation cancellation = new Cancellation();
        TaskScope cancellable = new TaskScope(cancellation, TaskListener.NONE, Duration.ofSeconds(10));
        limiter.acquire(cancellable);
        new Thread(() -> {
                    sleep(50);
                    cancellation.cancel();
                })
                .start();
        long start = System.nanoTime();

        assertThrows(TaskCancelledException.class, () -> limiter.acquire(cancellable));
        long took = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assertTrue(took < 500, "took " + took + " ms");
        assertEquals(true, cancellation.isCancelled());
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
