package org.inpaintstudio.ui.inpaint;

import java.awt.image.BufferedImage;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.embed.swing.SwingFXUtils;
import org.inpaintstudio.api.InpaintRequest;
import org.inpaintstudio.api.ReturnType;
import org.inpaintstudio.api.TaskState;
import org.inpaintstudio.api.TaskStatus;
import org.inpaintstudio.backend.Backend;
import org.inpaintstudio.backend.FillControls;
import org.inpaintstudio.backend.InpaintTask;
import org.inpaintstudio.backend.TaskNotice;
import org.inpaintstudio.backend.TaskObserver;
import org.inpaintstudio.backend.TaskOutcome;
import org.inpaintstudio.backend.TaskProblem;
import org.inpaintstudio.image.MaskPlane;
import org.inpaintstudio.image.MaskedPixels;
import org.inpaintstudio.ui.common.BackgroundWork;
import org.inpaintstudio.ui.common.Messages;
import org.inpaintstudio.ui.settings.InpaintSettings;

/**
 * One Inpaint at a time, through a {@link Backend}: the request built and checked in the background, the task's
 * states and progress with the elapsed time as text, cancel, and the result with only the masked pixels taken
 * from the answer. Every way it can fail ends in a message that says what to do; the editor's mask and rectangles
 * are never touched here, so nothing drawn is lost.
 */
public final class InpaintViewModel {
    public enum Phase {
        IDLE,
        RUNNING,
        SUCCEEDED,
        FAILED,
        CANCELLED
    }

    private final Supplier<Backend> backends;
    private final InpaintSettings settings;
    private final BackgroundWork tasks;
    private final TaskProgress taskProgress;
    private final ReadOnlyObjectWrapper<Phase> phase = new ReadOnlyObjectWrapper<>(this, "phase", Phase.IDLE);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper detail = new ReadOnlyStringWrapper(this, "detail", "");
    private final ReadOnlyObjectWrapper<InpaintedImage> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final BooleanBinding running = phase.isEqualTo(Phase.RUNNING);
    private final FillVariants variants = new FillVariants();
    /** What the variants were made from, for another fill of the same mask. */
    private InpaintInput lastInput;
    /** Counts submissions and cancels; answers for an older count are ignored. */
    private int generation;

    private InpaintTask task;

    /** @param clock nanoseconds, for the elapsed time ({@code System::nanoTime} in the app) */
    public InpaintViewModel(
            Supplier<Backend> backends, InpaintSettings settings, BackgroundWork tasks, LongSupplier clock) {
        this.backends = backends;
        this.settings = settings;
        this.tasks = tasks;
        this.taskProgress = new TaskProgress(clock);
        variants.shownProperty().addListener((obs, old, now) -> result.set(variants.current()));
    }

    /** Starts a task for what is drawn, unless one is running; the variants of an earlier mask go. */
    public void submit(InpaintInput input) {
        if (running.get()) {
            return;
        }
        variants.clear();
        run(input);
    }

    /**
     * Fills the mask of the variants again with another seed, while the one shown stays on screen; the new one
     * joins the variants and is shown. Nothing happens without a result or while a task runs.
     */
    public void anotherFill() {
        InpaintedImage shown = result.get();
        if (running.get() || shown == null || lastInput == null) {
            return;
        }
        if (lastInput.seed() == null) {
            run(lastInput); // a remote service takes no seed: ask again and see
            return;
        }
        long newest = variants.items().stream()
                .map(InpaintedImage::seed)
                .filter(Objects::nonNull)
                .mapToLong(Long::longValue)
                .max()
                .orElse(lastInput.seed());
        run(lastInput.withSeed(newest + 1));
    }

    private void run(InpaintInput input) {
        lastInput = input;
        int mine = ++generation;
        task = null;
        message.set("");
        detail.set("");
        result.set(variants.current());
        phase.set(Phase.RUNNING);
        taskProgress.start();
        boolean sync = settings.syncProperty().get();
        ReturnType returnType = settings.returnTypeProperty().get();
        // the backend too is got in the background: opening a model file takes seconds
        tasks.create(() -> new Prepared(InpaintRequests.build(input, sync, returnType), backends.get()))
                .onSuccess(prepared -> start(mine, input, prepared))
                .onError(e -> fail(mine, TaskProblem.explain(e)))
                .run();
    }

    /** Stops the running task; the editor is ready again at once. */
    public void cancel() {
        if (!running.get()) {
            return;
        }
        generation++;
        if (task != null) {
            task.cancel();
        }
        task = null;
        phase.set(Phase.CANCELLED);
        taskProgress.stopped();
        message.set(TaskTexts.cancelled());
    }

    /**
     * Brings the progress bar and the state line (with the elapsed time) up to date; the view calls it ten times a
     * second (see {@link TaskProgress}).
     */
    public void tick() {
        if (running.get()) {
            taskProgress.tick();
        }
    }

    /** Leaves the result (Apply or back to editing): the next Inpaint starts from a clean slate. */
    public void dismiss() {
        if (!running.get()) {
            variants.clear();
            result.set(null);
            phase.set(Phase.IDLE);
            taskProgress.clearLine();
            message.set("");
            detail.set("");
        }
    }

    /** What is shown now, or null when no result is. */
    public ShownFills shown() {
        return result.get() == null
                ? null
                : new ShownFills(variants.items(), variants.shownProperty().get(), lastInput);
    }

    /** Shows variants taken with {@link #shown()} again, unless a task runs. */
    public void bringBack(ShownFills earlier) {
        if (running.get() || earlier == null) {
            return;
        }
        generation++;
        lastInput = earlier.input();
        variants.setAll(earlier.variants(), earlier.index());
        result.set(variants.current());
        message.set("");
        detail.set("");
        phase.set(Phase.SUCCEEDED);
    }

    /** Hides the last message (the editor keeps going either way). */
    public void clearMessage() {
        message.set("");
        detail.set("");
    }

    /** A request and the backend to run it, both made off the UI thread. */
    private record Prepared(InpaintRequest request, Backend backend) {}

    private void start(int mine, InpaintInput input, Prepared prepared) {
        if (mine != generation) {
            return;
        }
        try {
            task = prepared.backend()
                    .submit(
                            prepared.request(),
                            new FillControls(input.samplingArea(), input.seed()),
                            new Observer(mine));
        } catch (RuntimeException e) {
            fail(mine, TaskProblem.explain(e));
            return;
        }
        task.outcome().whenComplete((outcome, error) -> {
            if (error == null && outcome.succeeded()) {
                finish(mine, input, outcome);
            } else if (error == null) {
                failed(mine, outcome);
            } else if (error instanceof CancellationException || error.getCause() instanceof CancellationException) {
                cancelledByBackend(mine);
            } else {
                fail(mine, TaskProblem.explain(error));
            }
        });
    }

    /** Decodes the answer and keeps only its masked pixels, in the background. */
    private void finish(int mine, InpaintInput input, TaskOutcome outcome) {
        tasks.create(() -> {
                    BufferedImage answer = outcome.result().image();
                    MaskPlane mask = input.union();
                    if (answer.getWidth() != mask.width() || answer.getHeight() != mask.height()) {
                        throw new IllegalStateException("the result is " + answer.getWidth() + " x "
                                + answer.getHeight() + " pixels, the image " + mask.width() + " x " + mask.height());
                    }
                    BufferedImage merged = MaskedPixels.merged(input.document().source(), answer, mask);
                    return new InpaintedImage(
                            merged, SwingFXUtils.toFXImage(merged, null), input.document(), mask, input.seed());
                })
                .onSuccess(image -> {
                    if (mine == generation) {
                        variants.add(image);
                        result.set(variants.current());
                        taskProgress.done();
                        phase.set(Phase.SUCCEEDED);
                    }
                })
                .onError(e -> fail(mine, TaskProblem.explain(e)))
                .run();
    }

    private void failed(int mine, TaskOutcome outcome) {
        if (mine == generation) {
            taskProgress.endedIn(outcome.status().state());
            end(TaskTexts.failed(outcome.status().state()), outcome.message());
        }
    }

    private void fail(int mine, TaskProblem problem) {
        if (mine == generation) {
            end(
                    TaskTexts.problem(problem),
                    problem.kind() == TaskProblem.Kind.INVALID_REQUEST ? "" : problem.detail(Messages.locale()));
        }
    }

    private void cancelledByBackend(int mine) {
        if (mine == generation) {
            cancel();
        }
    }

    private void end(String text, String why) {
        task = null;
        taskProgress.stopped();
        message.set(text + " " + TaskTexts.kept());
        detail.set(why == null ? "" : why);
        phase.set(Phase.FAILED);
    }

    /** Hears one task; stale tasks (cancelled, replaced) are ignored. */
    private final class Observer implements TaskObserver {
        private final int mine;

        Observer(int mine) {
            this.mine = mine;
        }

        @Override
        public void accept(TaskStatus status) {
            if (mine != generation || status.state().isFinished()) {
                return;
            }
            taskProgress.heard(status);
        }

        @Override
        public void onNotice(TaskNotice notice) {
            if (mine == generation) {
                message.set(TaskTexts.notice(notice));
            }
        }
    }

    public ReadOnlyObjectProperty<Phase> phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    public BooleanBinding running() {
        return running;
    }

    public ReadOnlyObjectProperty<TaskState> stateProperty() {
        return taskProgress.stateProperty();
    }

    /** 0 to 1 while processing; -1 (indeterminate) before, while the task waits or is prepared. */
    public ReadOnlyDoubleProperty progressProperty() {
        return taskProgress.progressProperty();
    }

    public ReadOnlyStringProperty stateTextProperty() {
        return taskProgress.lineProperty();
    }

    /** What went wrong and what to do, or a notice while running; empty when there is nothing to say. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The backend's own words about a failure, for those who want them. */
    public ReadOnlyStringProperty detailProperty() {
        return detail.getReadOnlyProperty();
    }

    /** The fills of the current mask; the one shown is {@link #resultProperty()}. */
    public FillVariants variants() {
        return variants;
    }

    public ReadOnlyObjectProperty<InpaintedImage> resultProperty() {
        return result.getReadOnlyProperty();
    }
}
