package org.inpaintstudio.backend;

import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.LongFunction;
import java.util.function.Supplier;
import org.inpaintstudio.api.InpaintRequest;
import org.inpaintstudio.api.TaskStatus;
import org.inpaintstudio.client.UrlFetcher;
import org.inpaintstudio.engine.Inpainter;

/**
 * Runs tasks on the offline engine with the service's life cycle and limits: a fixed pool of workers, a bounded
 * queue in front of it, the processing limit enforced by cancelling the engine, and image_url/mask_url downloads.
 *
 * <p>The engine comes from a supplier, called once per task, so an engine need not be safe to share between
 * workers.
 */
public final class LocalBackend implements Backend {
    private final LocalBackendSettings settings;
    private final ThreadPoolExecutor workers;
    private final ScheduledExecutorService deadlines;
    private final UrlFetcher fetcher;
    private final Semaphore places;
    private final Set<TaskRun> live = ConcurrentHashMap.newKeySet();
    private final TaskRun.Context context;
    private volatile boolean shutDown;

    public LocalBackend(Supplier<Inpainter> engines, LocalBackendSettings settings, Executor callbacks) {
        this(seed -> engines.get(), 0, settings, callbacks);
    }

    /**
     * @param engines makes the engine for a task's seed
     * @param defaultSeed the seed of tasks that choose none
     */
    public LocalBackend(
            LongFunction<Inpainter> engines, long defaultSeed, LocalBackendSettings settings, Executor callbacks) {
        this.settings = settings;
        this.workers = new ThreadPoolExecutor(
                settings.workers(),
                settings.workers(),
                0,
                TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(),
                new DaemonThreads("inpaint-worker"));
        this.deadlines = Executors.newSingleThreadScheduledExecutor(new DaemonThreads("inpaint-deadline"));
        this.fetcher = new UrlFetcher(
                settings.fetchTimeout(),
                settings.maxImageBytes(),
                settings.allowUrlHosts(),
                settings.allowPrivateUrls());
        this.places = new Semaphore(settings.workers() + settings.maxQueue());
        Consumer<TaskRun> onEnd = this::ended;
        this.context = new TaskRun.Context(
                engines,
                defaultSeed,
                new TaskInputs(fetcher, settings),
                deadlines,
                settings.processingLimit(),
                callbacks,
                onEnd,
                Clock.systemUTC());
    }

    public LocalBackendSettings settings() {
        return settings;
    }

    @Override
    public InpaintTask submit(InpaintRequest request, Consumer<TaskStatus> updates) {
        return submit(request, FillControls.NONE, updates);
    }

    @Override
    public boolean takesSamplingArea() {
        return true;
    }

    /** Decoded pixels and a mask plane go to the engine as they are: nothing is encoded or decoded. */
    @Override
    public boolean takesPixels() {
        return true;
    }

    @Override
    public InpaintTask submit(InpaintRequest request, FillControls controls, Consumer<TaskStatus> updates) {
        if (shutDown) {
            throw new IllegalStateException("the backend is shut down");
        }
        if (!places.tryAcquire()) {
            throw new BackendBusyException(settings.maxQueue());
        }
        TaskRun run = new TaskRun(request, controls, updates, context);
        live.add(run);
        run.announceQueued();
        try {
            workers.execute(run);
        } catch (RejectedExecutionException shutDownMeanwhile) {
            run.cancelIfQueued();
            throw new IllegalStateException("the backend is shut down", shutDownMeanwhile);
        }
        return run;
    }

    /** BackgroundWork queued or running. */
    public int activeTasks() {
        return live.size();
    }

    private void ended(TaskRun run) {
        workers.remove(run);
        if (live.remove(run)) {
            places.release();
        }
    }

    @Override
    public void shutdown(Duration grace) {
        shutDown = true;
        live.forEach(TaskRun::cancelIfQueued);
        try {
            GracefulStop.stop(workers, grace, () -> live.forEach(TaskRun::cancel));
        } finally {
            deadlines.shutdownNow();
            fetcher.close();
        }
    }
}
