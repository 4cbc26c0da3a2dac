package org.inpaintstudio.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;

/**
 * Background work for the UI: {@code tasks.create(work).onSuccess(...).onError(...).run()}. The work runs on
 * named daemon threads; its results come back through the callback executor ({@code Platform::runLater} in the
 * app, the calling thread in tests).
 */
public final class BackgroundWork {
    private static final Logger LOG = Logger.getLogger(BackgroundWork.class.getName());

    private final Executor worker;
    private final Executor callbacks;
    private final ExecutorService owned;

    private BackgroundWork(Executor worker, Executor callbacks, ExecutorService owned) {
        this.worker = worker;
        this.callbacks = callbacks;
        this.owned = owned;
    }

    /** Two named daemon workers, results on the JavaFX thread. */
    public static BackgroundWork forJavaFx() {
        ExecutorService pool = Executors.newFixedThreadPool(2, namedDaemons("inpaint-studio-worker"));
        return new BackgroundWork(pool, Platform::runLater, pool);
    }

    /** Work and results on the given executors (tests pass {@code Runnable::run}). */
    public static BackgroundWork using(Executor worker, Executor callbacks) {
        return new BackgroundWork(worker, callbacks, null);
    }

    public <T> Job<T> create(Callable<T> work) {
        return new Job<>(work);
    }

    /** Stops taking new work; running work finishes on its daemon threads. */
    public void shutdown() {
        if (owned != null) {
            owned.shutdown();
        }
    }

    private static ThreadFactory namedDaemons(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /** One piece of background work and what to do with its outcome. */
    public final class Job<T> {
        private final Callable<T> work;
        private Consumer<T> onSuccess = result -> {};
        private Consumer<Exception> onError = e -> LOG.log(Level.WARNING, "background work failed", e);
        private Runnable onFinally = () -> {};

        private Job(Callable<T> work) {
            this.work = work;
        }

        public Job<T> onSuccess(Consumer<T> handler) {
            this.onSuccess = handler;
            return this;
        }

        public Job<T> onError(Consumer<Exception> handler) {
            this.onError = handler;
            return this;
        }

        public Job<T> onFinally(Runnable handler) {
            this.onFinally = handler;
            return this;
        }

        public void run() {
            worker.execute(() -> {
                try {
                    T result = work.call();
                    callbacks.execute(() -> {
                        try {
                            onSuccess.accept(result);
                        } finally {
                            onFinally.run();
                        }
                    });
                } catch (Exception | OutOfMemoryError e) {
                    Exception failure =
                            e instanceof Exception ex ? ex : new IllegalStateException(Messages.get("error.memory"), e);
                    callbacks.execute(() -> {
                        try {
                            onError.accept(failure);
                        } finally {
                            onFinally.run();
                        }
                    });
                }
            });
        }
    }
}
