package org.inpaintstudio.ui.editor;

import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import org.inpaintstudio.image.MaskPlane;
import org.inpaintstudio.selection.RgbImage;
import org.inpaintstudio.ui.common.BackgroundWork;
import org.inpaintstudio.ui.common.Messages;
import org.inpaintstudio.ui.mask.EditableMask;
import org.inpaintstudio.work.CancellationToken;
import org.inpaintstudio.work.InpaintCancelledException;

/**
 * Runs the smart selections (magic wand, select object) in the background, one at a time, with progress and
 * cancel, and puts their result into the mask as one undoable edit. The mask stays still while one runs (the
 * editor is busy), and a result for an image that is no longer open is dropped.
 */
public final class SelectionActions {
    /** How a selection joins the mask. */
    public enum Combine {
        /** The selection becomes the painted mask (rectangles stay). */
        REPLACE,
        ADD,
        SUBTRACT
    }

    /** The selection itself, computed off the JavaFX thread. */
    @FunctionalInterface
    public interface Work {
        MaskPlane select(RgbImage image, CancellationToken cancel, java.util.function.DoubleConsumer progress);
    }

    private final EditorViewModel model;
    private final BackgroundWork tasks;
    private final BooleanProperty running = new SimpleBooleanProperty(this, "running");
    private final DoubleProperty progress = new SimpleDoubleProperty(this, "progress");
    private CancellationToken cancel;
    private EditorDocument cachedFor;
    private RgbImage cached;

    SelectionActions(EditorViewModel model, BackgroundWork tasks) {
        this.model = model;
        this.tasks = tasks;
    }

    /**
     * Runs the selection and joins it to {@code base} (the mask as it was before this selection) into the mask.
     *
     * @param base      the strokes the selection joins, e.g. the mask before a select-object session
     * @param onApplied told on the JavaFX thread once the edit is recorded
     * @return false when another selection or task is running (nothing started)
     */
    public boolean run(Work work, byte[] base, Combine combine, String historyKey, Runnable onApplied) {
        EditableMask mask = model.mask();
        EditorDocument doc = model.document();
        if (mask == null || doc == null || model.busyProperty().get()) {
            return false;
        }
        CancellationToken token = new CancellationToken();
        cancel = token;
        running.set(true);
        progress.set(0);
        model.busyProperty().set(true);
        model.statusTextProperty().set(Messages.get("selection.running"));
        RgbImage known = doc == cachedFor ? cached : null;
        tasks.create(() -> {
                    RgbImage image = known != null ? known : RgbImage.of(doc.source());
                    MaskPlane selected = work.select(
                            image,
                            token,
                            f -> Platform.runLater(() -> {
                                if (cancel == token) {
                                    progress.set(f);
                                }
                            }));
                    return new Outcome(image, join(base, selected.data(), combine), selected.repairCount());
                })
                .onSuccess(outcome -> {
                    cachedFor = doc;
                    cached = outcome.image();
                    if (model.mask() != mask || token.isCancelled()) {
                        return;
                    }
                    finish();
                    mask.beginEdit();
                    mask.replaceAll(outcome.mask());
                    var edit = mask.endEdit(historyKey);
                    if (edit != null) {
                        model.history().record(edit);
                    }
                    model.statusTextProperty()
                            .set(
                                    outcome.selected() == 0
                                            ? Messages.get("selection.empty")
                                            : Messages.format("selection.done", outcome.selected()));
                    onApplied.run();
                })
                .onError(e -> {
                    if (e instanceof InpaintCancelledException) {
                        model.statusTextProperty().set(Messages.get("selection.cancelled"));
                    } else {
                        model.showNotice(Messages.format("selection.failed", String.valueOf(e.getMessage())));
                    }
                })
                .onFinally(() -> {
                    if (cancel == token) {
                        finish();
                    }
                })
                .run();
        return true;
    }

    /** Stops the running selection; the mask stays as it was. */
    public void cancel() {
        if (cancel != null && running.get()) {
            cancel.cancel();
            finish();
            model.statusTextProperty().set(Messages.get("selection.cancelled"));
        }
    }

    private void finish() {
        if (running.get()) {
            running.set(false);
            model.busyProperty().set(false);
        }
        cancel = null;
    }

    private static byte[] join(byte[] base, byte[] selected, Combine combine) {
        byte[] out = combine == Combine.REPLACE ? selected.clone() : base.clone();
        if (combine == Combine.ADD) {
            for (int i = 0; i < out.length; i++) {
                if (selected[i] != MaskPlane.KEEP) {
                    out[i] = MaskPlane.REPAIR;
                }
            }
        } else if (combine == Combine.SUBTRACT) {
            for (int i = 0; i < out.length; i++) {
                if (selected[i] != MaskPlane.KEEP) {
                    out[i] = MaskPlane.KEEP;
                }
            }
        }
        return out;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running;
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress;
    }

    private record Outcome(RgbImage image, byte[] mask, long selected) {}
}
