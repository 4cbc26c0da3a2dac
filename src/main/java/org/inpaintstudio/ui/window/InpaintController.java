package org.inpaintstudio.ui.window;

import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.BooleanExpression;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.inpaintstudio.backend.Backends;
import org.inpaintstudio.ui.common.BackgroundWork;
import org.inpaintstudio.ui.common.Messages;
import org.inpaintstudio.ui.compare.CompareView;
import org.inpaintstudio.ui.editor.EditorDocument;
import org.inpaintstudio.ui.editor.EditorViewModel;
import org.inpaintstudio.ui.editor.ToolKind;
import org.inpaintstudio.ui.inpaint.FillVariants;
import org.inpaintstudio.ui.inpaint.InpaintInput;
import org.inpaintstudio.ui.inpaint.InpaintViewModel;
import org.inpaintstudio.ui.inpaint.InpaintedImage;
import org.inpaintstudio.ui.inpaint.TaskBar;
import org.inpaintstudio.ui.result.ApplyResultEdit;
import org.inpaintstudio.ui.result.RefineEdit;
import org.inpaintstudio.ui.result.ResultBar;
import org.inpaintstudio.ui.result.ResultSaver;
import org.inpaintstudio.ui.result.SaveNames;
import org.inpaintstudio.ui.result.VariantThumbnails;
import org.inpaintstudio.ui.settings.ApiKeyStore;
import org.inpaintstudio.ui.settings.InpaintSettings;
import org.inpaintstudio.ui.settings.Language;
import org.inpaintstudio.ui.settings.Settings;
import org.inpaintstudio.ui.settings.SettingsDialog;

/**
 * Connects the editor to Inpaint: submits what is drawn, keeps the mask still while the task runs, shows the
 * compare view with its buttons after success, and handles Esc (cancel) and holding C (the original).
 */
final class InpaintController implements ResultBar.Actions {
    private final Window owner;
    private final EditorViewModel model;
    private final InpaintViewModel inpaint;
    private final ResultSaver saver;
    private final CompareView compare;
    private final StackPane compareLayer;
    private final BooleanBinding hasResult;
    private EditorDocument submitted;
    /** The last refine started, so that one undo from its result goes back to the result before it. */
    private RefineEdit refining;

    InpaintController(Window owner, EditorViewModel model, InpaintViewModel inpaint, ResultSaver saver) {
        this.owner = owner;
        this.model = model;
        this.inpaint = inpaint;
        this.saver = saver;
        compare = new CompareView(model.viewport());
        hasResult = inpaint.resultProperty().isNotNull();
        inpaint.resultProperty().addListener((obs, old, result) -> {
            compare.beforeProperty().set(result == null ? null : result.source().image());
            compare.afterProperty().set(result == null ? null : result.fxImage());
            compare.showOriginalProperty().set(false);
        });
        VBox bars = new VBox(6, ResultBar.create(this), VariantThumbnails.create(inpaint.variants()));
        bars.setAlignment(Pos.TOP_CENTER);
        bars.setPickOnBounds(false);
        bars.setMaxHeight(Region.USE_PREF_SIZE);
        StackPane.setAlignment(bars, Pos.TOP_CENTER);
        StackPane.setMargin(bars, new Insets(10));
        compareLayer = new StackPane(compare, bars);
        compareLayer.setId("compare-layer");
        compareLayer.visibleProperty().bind(hasResult);

        inpaint.phaseProperty().addListener((obs, old, phase) -> {
            if (phase == InpaintViewModel.Phase.SUCCEEDED) {
                model.statusTextProperty().set(inpaint.stateTextProperty().get());
            }
        });
        model.inpaintActionProperty().set(this::submit);
        inpaint.running()
                .addListener((obs, was, running) -> model.busyProperty().set(running));
        model.documentProperty().addListener((obs, old, doc) -> documentChanged(doc));
    }

    /**
     * The editor area with the compare view over it, and the task bar along its bottom edge: over the image
     * rather than beside it, so that showing it never resizes the canvas and moves the picture.
     */
    Node wrap(Node editorArea) {
        HBox taskBar = TaskBar.create(inpaint, this::cancel);
        taskBar.setMaxHeight(Region.USE_PREF_SIZE);
        StackPane.setAlignment(taskBar, Pos.BOTTOM_CENTER);
        return new StackPane(editorArea, compareLayer, taskBar);
    }

    BooleanBinding hasResult() {
        return hasResult;
    }

    InpaintViewModel inpaint() {
        return inpaint;
    }

    /**
     * Esc cancels a running task; C held shows the original in the compare view; the left and right arrows step
     * through the variants.
     */
    void install(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && inpaint.running().get()) {
                cancel();
                e.consume();
            } else if ((e.getCode() == KeyCode.LEFT || e.getCode() == KeyCode.RIGHT)
                    && hasResult.get()
                    && !e.isShortcutDown()
                    && !e.isAltDown()) {
                if (inpaint.variants().step(e.getCode() == KeyCode.LEFT ? -1 : 1)) {
                    e.consume();
                }
            } else if (e.getCode() == KeyCode.C && hasResult.get() && !e.isShortcutDown() && !e.isAltDown()) {
                compare.showOriginalProperty().set(true);
                e.consume();
            }
        });
        scene.addEventFilter(KeyEvent.KEY_RELEASED, e -> {
            if (e.getCode() == KeyCode.C) {
                compare.showOriginalProperty().set(false);
            }
        });
    }

    void submit() {
        EditorDocument doc = model.document();
        if (doc == null || model.mask() == null || inpaint.running().get()) {
            return;
        }
        submitted = doc;
        boolean offline = model.samplingAvailableProperty().get();
        inpaint.submit(new InpaintInput(
                doc,
                model.mask().plane().copy(),
                model.rectangles().snapshot(),
                model.samplingAllowed(),
                offline ? Backends.SEED : null));
    }

    /** Fills the mask of the result shown again with a new seed. */
    @Override
    public void anotherFill() {
        inpaint.anotherFill();
    }

    void cancel() {
        inpaint.cancel();
    }

    void showSettings(Settings settings, InpaintSettings inpaintSettings, ApiKeyStore keys, BackgroundWork tasks) {
        Language language = settings.languageProperty().get();
        new SettingsDialog(owner, settings, inpaintSettings, keys, tasks).showAndWait();
        if (settings.languageProperty().get() != language) {
            model.showNotice(Messages.get("settings.language.restart"));
        }
    }

    @Override
    public void apply() {
        if (ApplyResultEdit.apply(model, result())) {
            inpaint.dismiss();
            model.statusTextProperty().set(Messages.get("result.applied"));
        }
    }

    @Override
    public void save() {
        saver.save(result());
    }

    @Override
    public void saveAs() {
        saver.saveAs(result());
    }

    @Override
    public void close() {
        inpaint.dismiss();
    }

    /** The result shown becomes the image to paint on; the brush is ready for the part that is wrong. */
    @Override
    public void refine() {
        if (inpaint.running().get()) {
            return;
        }
        RefineEdit edit = RefineEdit.start(model, inpaint.shown(), inpaint::bringBack, inpaint::dismiss);
        if (edit != null) {
            refining = edit;
            model.toolProperty().set(ToolKind.BRUSH);
            model.statusTextProperty().set(Messages.get("result.refine.started"));
        }
    }

    /**
     * Undo while the result of a refine is shown: back to the result before the refine in one step (the strokes
     * painted for it and the refine itself are undone). False when that is not the case, for an ordinary undo.
     */
    boolean undoRefine() {
        InpaintedImage shown = result();
        if (refining == null
                || shown == null
                || shown.source() != refining.refinedDocument()
                || inpaint.running().get()) {
            return false;
        }
        inpaint.dismiss();
        for (int left = model.history().undoSize(); left > 0; left--) {
            boolean last = model.history().nextUndoProperty().get() == refining;
            long revision = model.history().revisionProperty().get();
            model.undo();
            if (last || revision == model.history().revisionProperty().get()) {
                break;
            }
        }
        refining = null;
        return true;
    }

    @Override
    public FillVariants variants() {
        return inpaint.variants();
    }

    @Override
    public BooleanExpression running() {
        return inpaint.running();
    }

    @Override
    public String saveName() {
        InpaintedImage result = result();
        return result == null ? "" : SaveNames.defaultName(result.source().name());
    }

    private InpaintedImage result() {
        return inpaint.resultProperty().get();
    }

    /** Another image: a task for the old one stops, and its result is no longer offered. */
    private void documentChanged(EditorDocument doc) {
        if (inpaint.running().get() && doc != submitted) {
            inpaint.cancel();
        }
        InpaintedImage result = result();
        if (result != null && result.source() != doc) {
            inpaint.dismiss();
        }
    }
}
