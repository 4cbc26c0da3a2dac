package org.inpaintstudio.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import org.inpaintstudio.work.InpaintCancelledException;

/**
 * Runs the bands of a loop on the engine's named daemon threads and waits for them. Work is split into a fixed
 * number of bands by the caller, never by the thread count, so results do not depend on scheduling.
 */
final class WorkerPool {
    private static final AtomicInteger THREAD_NUMBER = new AtomicInteger();
    private static final ThreadFactory FACTORY = runnable -> {
        Thread thread = new Thread(runnable, "inpaint-engine-" + THREAD_NUMBER.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    };
    private static ExecutorService shared;
    private static int sharedSize;

    private final ExecutorService executor;
    private final int threads;

    private WorkerPool(ExecutorService executor, int threads) {
        this.executor = executor;
        this.threads = threads;
    }

    /** The pool for this many threads; pools are shared between calls and grow only when asked for more. */
    static synchronized WorkerPool of(int threads) {
        if (shared == null || sharedSize < threads) {
            shared = Executors.newFixedThreadPool(threads, FACTORY);
            sharedSize = threads;
        }
        return new WorkerPool(shared, threads);
    }

    /** Runs {@code body} for band 0 .. bands-1 and returns when all are done; rethrows the first failure. */
    void forEach(int bands, IntConsumer body) {
        if (bands <= 1 || threads <= 1) {
            for (int band = 0; band < bands; band++) {
                body.accept(band);
            }
            return;
        }
        AtomicInteger next = new AtomicInteger();
        Runnable worker = () -> {
            for (int band = next.getAndIncrement(); band < bands; band = next.getAndIncrement()) {
                body.accept(band);
            }
        };
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 1; t < Math.min(threads, bands); t++) {
            futures.add(executor.submit(worker));
        }
        RuntimeException failure = null;
        try {
            worker.run();
        } catch (RuntimeException e) {
            failure = e;
            next.set(bands);
        }
        for (Future<?> future : futures) {
            try {
                future.get();
            } catch (ExecutionException e) {
                if (failure == null) {
                    Throwable cause = e.getCause();
                    failure = cause instanceof RuntimeException re ? re : new IllegalStateException(cause);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InpaintCancelledException();
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
