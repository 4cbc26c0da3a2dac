package org.inpaintstudio.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.function.Consumer;
import org.inpaintstudio.api.FileUpload;
import org.inpaintstudio.api.ImageSource;
import org.inpaintstudio.api.InpaintRequest;
import org.inpaintstudio.api.MaskSource;
import org.inpaintstudio.api.ReturnType;
import org.inpaintstudio.backend.Backend;
import org.inpaintstudio.backend.BackendBusyException;
import org.inpaintstudio.backend.InpaintTask;
import org.inpaintstudio.backend.TaskOutcome;
import org.inpaintstudio.image.ImageReadException;
import org.inpaintstudio.image.ImageWriteException;
import org.inpaintstudio.image.ResultFile;

/**
 * Fills the photos of a {@link BatchPlan} on one {@link Backend}, at most {@code jobs} at a time, so a batch of
 * any length holds only that many photos in memory. Each result is written atomically and then recorded in the
 * {@link BatchJournal}; items the journal has as done are skipped, failed ones are tried again.
 *
 * <p>A runner runs one batch. Every request is synchronous with the image in the answer (return type 3): on a remote service that is one
 * rate-limited request per photo and no result URL that could expire before it is fetched.
 */
public final class BatchRunner {
    private final Backend backend;
    private final int jobs;
    private final Set<InpaintTask> live = ConcurrentHashMap.newKeySet();
    /**
     * Encodes and writes results off the backend's thread, so the engine starts on the next photo while the last
     * one is saved (on a 2-core machine the PNG encoding of a 1 MP result is a third of the engine's time).
     */
    private final ExecutorService writer = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "batch-writer");
        thread.setDaemon(true);
        return thread;
    });

    private volatile boolean cancelled;

    /** @param backend calls back on any thread; the runner's own listener is called from those threads */
    public BatchRunner(Backend backend, int jobs) {
        if (jobs < 1) {
            throw new IllegalArgumentException("jobs must be at least 1, was " + jobs);
        }
        this.backend = backend;
        this.jobs = jobs;
    }

    /**
     * Runs the batch to its end, or until {@link #cancel}; returns when every started photo has finished.
     *
     * @param updates hears every change of every photo, from the backend's threads
     */
    public BatchSummary run(BatchPlan plan, BatchJournal journal, Consumer<BatchUpdate> updates) {
        Tally tally = new Tally(updates);
        plan.skipped().forEach(s -> tally.report(new BatchUpdate(s.name(), BatchItemState.SKIPPED, 0, s.reason())));
        plan.items().forEach(item -> tally.report(new BatchUpdate(item.name(), BatchItemState.WAITING, 0, "")));
        Semaphore slots = new Semaphore(jobs);
        CountDownLatch finished = new CountDownLatch(plan.items().size());
        try {
            for (BatchItem item : plan.items()) {
                if (cancelled) {
                    tally.end(item, BatchItemState.CANCELLED, "", finished);
                    continue;
                }
                String fingerprint;
                try {
                    fingerprint = ItemFingerprint.of(item, plan.spec());
                } catch (IOException e) {
                    tally.end(item, BatchItemState.FAILED, "cannot read it: " + e.getMessage(), finished);
                    continue;
                }
                if (journal.isDone(item, fingerprint)) {
                    tally.end(item, BatchItemState.ALREADY_DONE, "", finished);
                    continue;
                }
                slots.acquire();
                start(plan.spec(), new Run(item, fingerprint, journal, tally, () -> {
                    slots.release();
                    finished.countDown();
                }));
            }
            finished.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            cancel();
        } finally {
            writer.shutdown();
        }
        return tally.summary();
    }

    /** Stops the batch: running photos are cancelled, waiting ones never start; done results stay. */
    public void cancel() {
        cancelled = true;
        live.forEach(InpaintTask::cancel);
    }

    private void start(BatchSpec spec, Run run) {
        InpaintRequest request;
        try {
            request = request(run.item(), spec);
        } catch (IOException e) {
            run.end(BatchItemState.FAILED, "cannot read it: " + e.getMessage());
            return;
        }
        InpaintTask task;
        try {
            task = backend.submit(request, status -> run.progress(status.progress()));
        } catch (BackendBusyException | IllegalStateException e) {
            run.end(BatchItemState.FAILED, e.getMessage());
            return;
        }
        live.add(task);
        if (cancelled) {
            task.cancel();
        }
        task.outcome()
                .whenCompleteAsync(
                        (outcome, error) -> {
                            live.remove(task);
                            finish(run, outcome, error);
                        },
                        writer);
    }

    private static InpaintRequest request(BatchItem item, BatchSpec spec) throws IOException {
        ImageSource image = new ImageSource.File(new FileUpload(Files.readAllBytes(item.photo()), item.name()));
        MaskSource mask = item.mask() == null
                ? new MaskSource.Rectangles(spec.rectangles())
                : new MaskSource.File(new FileUpload(
                        Files.readAllBytes(item.mask()),
                        item.mask().getFileName().toString()));
        return new InpaintRequest(image, mask, true, ReturnType.BINARY);
    }

    private void finish(Run run, TaskOutcome outcome, Throwable error) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        if (cause instanceof CancellationException) {
            run.end(BatchItemState.CANCELLED, "");
        } else if (cause != null) {
            run.end(BatchItemState.FAILED, String.valueOf(cause.getMessage()));
        } else if (!outcome.succeeded()) {
            run.end(BatchItemState.FAILED, outcome.message());
        } else {
            run.write(outcome.result().bytes());
        }
    }

    /** One photo on its way: reports its progress and its end, and frees its slot once. */
    private record Run(BatchItem item, String fingerprint, BatchJournal journal, Tally tally, Runnable release) {
        void progress(int percent) {
            tally.report(new BatchUpdate(item.name(), BatchItemState.RUNNING, percent, ""));
        }

        void write(byte[] result) {
            try {
                ResultFile.write(result, item.result());
                journal.recordDone(item, fingerprint);
                end(BatchItemState.DONE, "");
            } catch (ImageWriteException | ImageReadException e) {
                end(BatchItemState.FAILED, e.getMessage());
            } catch (IOException e) {
                end(BatchItemState.FAILED, "the result was written but the batch journal was not: " + e.getMessage());
            }
        }

        void end(BatchItemState state, String reason) {
            if (state == BatchItemState.FAILED) {
                try {
                    journal.recordFailed(item, fingerprint, reason);
                } catch (IOException e) {
                    // The failure is reported below either way; a resumed run tries the item again regardless.
                }
            }
            tally.report(new BatchUpdate(item.name(), state, state.isDone() ? 100 : 0, reason));
            release.run();
        }
    }

    /** Counts the ends and passes every update on. */
    private static final class Tally {
        private final Consumer<BatchUpdate> updates;
        private final List<BatchUpdate> notDone = new ArrayList<>();
        private int done;
        private int alreadyDone;

        Tally(Consumer<BatchUpdate> updates) {
            this.updates = updates;
        }

        void report(BatchUpdate update) {
            synchronized (this) {
                switch (update.state()) {
                    case DONE -> done++;
                    case ALREADY_DONE -> alreadyDone++;
                    case SKIPPED, FAILED, CANCELLED -> notDone.add(update);
                    default -> {}
                }
            }
            updates.accept(update);
        }

        void end(BatchItem item, BatchItemState state, String reason, CountDownLatch finished) {
            report(new BatchUpdate(item.name(), state, state.isDone() ? 100 : 0, reason));
            finished.countDown();
        }

        synchronized BatchSummary summary() {
            return new BatchSummary(done, alreadyDone, notDone);
        }
    }
}
