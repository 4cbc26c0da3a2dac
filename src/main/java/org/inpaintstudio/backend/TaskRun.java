package org.inpaintstudio.backend;

import java.awt.image.BufferedImage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.LongFunction;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.inpaintstudio.api.InpaintRequest;
import org.inpaintstudio.api.TaskState;
import org.inpaintstudio.api.TaskStatus;
import org.inpaintstudio.engine.Inpainter;
import org.inpaintstudio.engine.SamplingAreaTooSmallException;
import org.inpaintstudio.work.CancellationToken;
import org.inpaintstudio.work.InpaintCancelledException;

/**
 * One task on the offline engine, through the service's life cycle: queued (0), preparing (2: inputs downloaded
 * and decoded), processing (4, progress rising, under the processing limit), then done (1) or a failure state.
 */
final class TaskRun extends AbstractInpaintTask implements Runnable {
    private static final Logger LOG = Logger.getLogger(TaskRun.class.getName());
    private static final int LAST_PROCESSING_PERCENT = 99;

    private enum Phase {
        QUEUED,
        RUNNING,
        ENDED
    }

    /** What every task of one backend shares. */
    record Context(
            LongFunction<Inpainter> engines,
            long defaultSeed,
            TaskInputs inputs,
            ScheduledExecutorService deadlines,
            Duration processingLimit,
            Executor callbacks,
            Consumer<TaskRun> onEnd,
            Clock clock) {}

    private final String id = UUID.randomUUID().toString();
    private final InpaintRequest request;
    private final FillControls controls;
    private final Context context;
    private final Instant createdAt;
    private final CancellationToken token = new CancellationToken();
    private final AtomicReference<Phase> phase = new AtomicReference<>(Phase.QUEUED);
    private volatile boolean timedOut;
    private volatile Instant processedAt;
    private int lastPercent;

    TaskRun(InpaintRequest request, FillControls controls, Consumer<TaskStatus> updates, Context context) {
        super(updates, context.callbacks());
        this.request = request;
        this.controls = controls;
        this.context = context;
        this.createdAt = context.clock().instant();
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public void cancel() {
        token.cancel();
        cancelIfQueued();
    }

    /** Cancels the task if no worker has taken it yet; a running task goes on. */
    boolean cancelIfQueued() {
        if (!phase.compareAndSet(Phase.QUEUED, Phase.ENDED)) {
            return false;
        }
        context.onEnd().accept(this);
        endCancelled();
        return true;
    }

    void announceQueued() {
        publish(status(TaskState.QUEUED, 0, null));
    }

    @Override
    public void run() {
        if (!phase.compareAndSet(Phase.QUEUED, Phase.RUNNING)) {
            return;
        }
        try {
            processedAt = context.clock().instant();
            publish(status(TaskState.PREPARING, 0, null));
            TaskInputs.Loaded inputs = context.inputs().load(request, controls.samplingArea());
            token.throwIfCancelled();
            publish(status(TaskState.PROCESSING, 0, null));
            BufferedImage repaired = repair(inputs);
            InpaintResult result = ResultEncoding.of(repaired, inputs.format());
            end(TaskOutcome.done(status(TaskState.DONE, 100, context.clock().instant()), result));
        } catch (TaskFailure failure) {
            end(TaskOutcome.failed(status(failure.state(), 0, null), failure.getMessage()));
        } catch (InpaintCancelledException cancelled) {
            endCancelled();
        } catch (SamplingAreaTooSmallException tooSmall) {
            endRefused(tooSmall);
        } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
            LOG.log(Level.WARNING, "task " + id + " failed in the engine", e);
            end(TaskOutcome.failed(
                    status(TaskState.REPAIR_FAILED, 0, null),
                    "the repair failed (" + e + "); try again, or with a smaller mask"));
        } finally {
            phase.set(Phase.ENDED);
            context.onEnd().accept(this);
        }
    }

    private BufferedImage repair(TaskInputs.Loaded inputs) throws TaskFailure {
        Inpainter engine = context.engines().apply(controls.seed() == null ? context.defaultSeed() : controls.seed());
        Duration limit = context.processingLimit();
        ScheduledFuture<?> deadline = context.deadlines()
                .schedule(
                        () -> {
                            timedOut = true;
                            token.cancel();
                        },
                        limit.toNanos(),
                        TimeUnit.NANOSECONDS);
        BufferedImage repaired;
        try {
            repaired = engine.inpaint(inputs.image(), inputs.mask(), inputs.samplingArea(), this::progress, token);
        } catch (InpaintCancelledException e) {
            if (timedOut) {
                throw new TaskFailure(
                        TaskState.TIMED_OUT,
                        "processing took longer than " + describe(limit)
                                + " and was stopped; try a smaller image or a smaller mask");
            }
            throw e;
        } finally {
            deadline.cancel(false);
        }
        if (repaired == null
                || repaired.getWidth() != inputs.image().getWidth()
                || repaired.getHeight() != inputs.image().getHeight()) {
            throw new IllegalStateException("the engine returned an image of another size");
        }
        return repaired;
    }

    /** Engine progress, 0..1, as whole percent below 100; only changes are passed on. */
    private synchronized void progress(double fraction) {
        int percent = (int) Math.max(0, Math.min(LAST_PROCESSING_PERCENT, Math.floor(fraction * 100)));
        if (percent > lastPercent) {
            lastPercent = percent;
            publish(status(TaskState.PROCESSING, percent, null));
        }
    }

    private TaskStatus status(TaskState state, int progress, Instant completedAt) {
        return new TaskStatus(id, state, progress, createdAt, processedAt, completedAt, null, request.returnType());
    }

    /**
     * The failure state for those who follow states (the CLI, the server), and the engine's typed error as the
     * outcome, so the editor can say what to change.
     */
    private void endRefused(SamplingAreaTooSmallException tooSmall) {
        endWithError(status(TaskState.REPAIR_FAILED, 0, null), tooSmall);
    }

    private static String describe(Duration limit) {
        return limit.toMillis() % 1000 == 0 ? limit.toSeconds() + " s" : limit.toMillis() + " ms";
    }

    @Override
    public String toString() {
        return "TaskRun[" + id + ", " + phase.get() + "]";
    }
}
