package org.inpaintstudio.ui.batch;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.inpaintstudio.backend.Backend;
import org.inpaintstudio.batch.BatchItem;
import org.inpaintstudio.batch.BatchItemState;
import org.inpaintstudio.batch.BatchJournal;
import org.inpaintstudio.batch.BatchPlan;
import org.inpaintstudio.batch.BatchRunner;
import org.inpaintstudio.batch.BatchSpec;
import org.inpaintstudio.batch.BatchSummary;
import org.inpaintstudio.batch.BatchUpdate;
import org.inpaintstudio.batch.ResultFormat;
import org.inpaintstudio.batch.SkippedPhoto;
import org.inpaintstudio.image.MaskRectangle;
import org.inpaintstudio.ui.common.BackgroundWork;
import org.inpaintstudio.ui.common.Messages;

/**
 * The batch window's state: the folders and the mask template chosen, the queue of photos with their states, and
 * the run itself, on the backend the editor uses (offline engine, service or model file). The runner works on a
 * background thread; its updates reach the rows through {@code fxThread}.
 */
public final class BatchViewModel {
    private final Supplier<Backend> backends;
    private final BackgroundWork work;
    private final Executor fxThread;
    private final List<MaskRectangle> templateRectangles;

    private final ObjectProperty<Path> input = new SimpleObjectProperty<>();
    private final ObjectProperty<Path> masks = new SimpleObjectProperty<>();
    private final ObjectProperty<Path> out = new SimpleObjectProperty<>();
    private final BooleanProperty useRectangles = new SimpleBooleanProperty();
    private final ObjectProperty<ResultFormat> format = new SimpleObjectProperty<>(ResultFormat.SAME);
    private final ObservableList<BatchRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final StringProperty status = new SimpleStringProperty("");
    private volatile BatchRunner runner;

    /**
     * @param backends the editor's backend, asked for when a run starts
     * @param templateRectangles the current photo's rectangles, offered as the mask of every photo
     */
    public BatchViewModel(
            Supplier<Backend> backends,
            BackgroundWork work,
            Executor fxThread,
            List<MaskRectangle> templateRectangles) {
        this.backends = backends;
        this.work = work;
        this.fxThread = fxThread;
        this.templateRectangles = List.copyOf(templateRectangles);
    }

    public ObjectProperty<Path> inputProperty() {
        return input;
    }

    public ObjectProperty<Path> masksProperty() {
        return masks;
    }

    public ObjectProperty<Path> outProperty() {
        return out;
    }

    public BooleanProperty useRectanglesProperty() {
        return useRectangles;
    }

    public ObjectProperty<ResultFormat> formatProperty() {
        return format;
    }

    public List<MaskRectangle> templateRectangles() {
        return templateRectangles;
    }

    public ObservableList<BatchRow> rows() {
        return rows;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public StringProperty statusProperty() {
        return status;
    }

    /** Everything a run needs is chosen, and none is running. */
    public BooleanBinding canStart() {
        return Bindings.createBooleanBinding(
                () -> !running.get()
                        && input.get() != null
                        && out.get() != null
                        && (useRectangles.get() ? !templateRectangles.isEmpty() : masks.get() != null),
                running,
                input,
                out,
                masks,
                useRectangles);
    }

    /** Plans and runs the batch in the background; a problem with the folders or the backend goes to the status. */
    public void start() {
        if (!canStart().get()) {
            return;
        }
        BatchSpec spec = useRectangles.get()
                ? BatchSpec.withRectangles(input.get(), templateRectangles, out.get(), format.get())
                : BatchSpec.withMasks(input.get(), masks.get(), out.get(), format.get());
        running.set(true);
        rows.clear();
        status.set(Messages.get("batch.status.planning"));
        work.create(() -> BatchPlan.scan(spec))
                .onSuccess(this::run)
                .onError(e -> {
                    running.set(false);
                    status.set(e.getMessage());
                })
                .run();
    }

    private void run(BatchPlan plan) {
        Map<String, BatchRow> byName = new HashMap<>();
        for (BatchItem item : plan.items()) {
            byName.put(item.name(), new BatchRow(item.name(), item.photo(), item.result()));
        }
        for (SkippedPhoto skipped : plan.skipped()) {
            byName.put(
                    skipped.name(),
                    new BatchRow(skipped.name(), plan.spec().input().resolve(skipped.name()), null));
        }
        rows.setAll(byName.values().stream()
                .sorted((a, b) -> a.name().compareTo(b.name()))
                .toList());
        Backend backend;
        try {
            backend = backends.get();
        } catch (RuntimeException e) {
            running.set(false);
            status.set(e.getMessage());
            return;
        }
        BatchRunner started = new BatchRunner(backend, 2);
        runner = started;
        status.set(Messages.format("batch.status.running", plan.photoCount()));
        work.create(() -> {
                    try (BatchJournal journal = BatchJournal.open(plan.spec().out())) {
                        return started.run(plan, journal, update -> fxThread.execute(() -> show(byName, update)));
                    }
                })
                .onSuccess(this::finished)
                .onError(e -> status.set(e.getMessage()))
                .onFinally(() -> running.set(false))
                .run();
    }

    private static void show(Map<String, BatchRow> byName, BatchUpdate update) {
        BatchRow row = byName.get(update.name());
        if (row == null) {
            return;
        }
        row.stateProperty().set(update.state());
        row.progressProperty().set(update.progress() / 100.0);
        row.reasonProperty().set(update.reason());
    }

    private void finished(BatchSummary summary) {
        // The runner's last updates were queued to this thread before its summary; let them land first.
        fxThread.execute(() -> status.set(Messages.format(
                "batch.status.finished",
                summary.done() + summary.alreadyDone(),
                summary.count(BatchItemState.SKIPPED),
                summary.count(BatchItemState.FAILED),
                summary.count(BatchItemState.CANCELLED))));
    }

    /** Stops the run: the photo being filled is cancelled, the waiting ones never start, done results stay. */
    public void cancel() {
        BatchRunner current = runner;
        if (current != null) {
            current.cancel();
        }
    }
}
