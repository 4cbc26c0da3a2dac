package org.inpaintstudio.backend;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

/** Stops a pool of task threads: what runs may finish within the grace, then it is cancelled. */
final class GracefulStop {
    /** How long cancelled tasks get to notice; engines stop within 100 ms, downloads within their time-out. */
    private static final Duration CANCEL_WAIT = Duration.ofSeconds(5);

    private GracefulStop() {}

    /** Returns when the pool has ended, or after the grace and the cancel wait at the latest. */
    static void stop(ExecutorService pool, Duration grace, Runnable cancelRunning) {
        pool.shutdown();
        try {
            if (!pool.awaitTermination(grace.toNanos(), TimeUnit.NANOSECONDS)) {
                cancelRunning.run();
                pool.awaitTermination(CANCEL_WAIT.toNanos(), TimeUnit.NANOSECONDS);
            }
        } catch (InterruptedException e) {
            cancelRunning.run();
            Thread.currentThread().interrupt();
        } finally {
            pool.shutdownNow();
        }
    }
}
