package org.inpaintstudio.ui.window;

import java.nio.file.Path;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.inpaintstudio.backend.Backend;
import org.inpaintstudio.ui.batch.BatchViewModel;
import org.inpaintstudio.ui.batch.BatchWindow;
import org.inpaintstudio.ui.common.Dialogs;
import org.inpaintstudio.ui.common.Messages;
import org.inpaintstudio.ui.common.Theme;
import org.inpaintstudio.ui.editor.EditorViewModel;
import org.inpaintstudio.ui.editor.ToolKind;
import org.inpaintstudio.ui.io.DocumentOpener;
import org.inpaintstudio.ui.io.FilePicker;
import org.inpaintstudio.ui.io.MaskFiles;
import org.inpaintstudio.ui.io.UnsavedWorkGuard;
import org.inpaintstudio.ui.result.BatchResultFiles;
import org.inpaintstudio.ui.settings.Language;
import org.inpaintstudio.ui.settings.Settings;

/** What the menus, the tool bar and the keyboard can do; each is one call into the view model or a controller. */
public final class EditorActions {
    private final Stage stage;
    private final EditorViewModel model;
    private final DocumentOpener opener;
    private final MaskFiles files;
    private final UnsavedWorkGuard guard;
    private final Settings settings;
    private final InpaintController inpaint;
    private final MainWindow.Services services;
    private final BatchSupport batch;
    private int lastGrow = 5;

    /** What File > Batch... needs: the editor's backend, folder dialogs, and where fixed results are saved. */
    record BatchSupport(Supplier<Backend> backends, FilePicker picker, BatchResultFiles results) {}

    EditorActions(
            Stage stage,
            EditorViewModel model,
            DocumentOpener opener,
            MaskFiles files,
            UnsavedWorkGuard guard,
            InpaintController inpaint,
            MainWindow.Services services,
            BatchSupport batch) {
        this.batch = batch;
        this.stage = stage;
        this.model = model;
        this.opener = opener;
        this.files = files;
        this.guard = guard;
        this.settings = services.settings();
        this.inpaint = inpaint;
        this.services = services;
    }

    InpaintController inpaintController() {
        return inpaint;
    }

    public EditorViewModel model() {
        return model;
    }

    public DocumentOpener opener() {
        return opener;
    }

    public Settings settings() {
        return settings;
    }

    void open() {
        opener.chooseAndOpen();
    }

    void paste() {
        opener.paste();
    }

    void exportMask() {
        files.exportMask(() -> {});
    }

    void exportRectangles() {
        files.exportRectangles();
    }

    void exportSamplingArea() {
        files.exportSamplingArea();
    }

    void importSamplingArea() {
        files.importSamplingArea();
    }

    void anotherFill() {
        inpaintController().anotherFill();
    }

    /** File > Batch...: the current photo's rectangles are offered as the mask of every photo. */
    void batch() {
        BatchViewModel batchModel = new BatchViewModel(
                batch.backends(),
                services.tasks(),
                Platform::runLater,
                model.rectangles().snapshot());
        new BatchWindow(stage, batchModel, batch.picker(), services.tasks(), this::openBatchResult).show();
    }

    /** Opens a batch result to fix by hand; Save then writes over it. */
    void openBatchResult(Path result) {
        batch.results().add(result);
        opener.open(result);
        stage.toFront();
    }

    void importMask() {
        files.importMask();
    }

    void importRectangles() {
        files.importRectangles();
    }

    /** Closing the window asks about unsaved work first. */
    void close() {
        guard.thenLeave(stage::close);
    }

    void undo() {
        if (!inpaintController().undoRefine()) {
            model.undo();
        }
    }

    void redo() {
        model.redo();
    }

    void clearMask() {
        model.maskActions().clear();
    }

    void invertMask() {
        model.maskActions().invert();
    }

    void growMask(boolean grow) {
        if (model.document() == null) {
            return;
        }
        GrowDialog.ask(stage, grow, lastGrow).ifPresent(pixels -> {
            lastGrow = pixels;
            model.maskActions().growBy(grow ? pixels : -pixels);
        });
    }

    void useTool(ToolKind kind) {
        model.toolProperty().set(kind);
    }

    void brushSize(int direction) {
        model.adjustBrushSize(direction);
    }

    void zoomIn() {
        model.viewport().zoomIn();
    }

    void zoomOut() {
        model.viewport().zoomOut();
    }

    void zoomFit() {
        model.viewport().fit();
    }

    void zoomActual() {
        model.viewport().actualPixels();
    }

    void inpaint() {
        Runnable action = model.inpaintActionProperty().get();
        if (action != null && model.canInpaint().get()) {
            action.run();
        }
    }

    void cancelInpaint() {
        inpaint.cancel();
    }

    void saveResult() {
        inpaint.save();
    }

    void saveResultAs() {
        inpaint.saveAs();
    }

    void applyResult() {
        inpaint.apply();
    }

    void showSettings() {
        inpaint.showSettings(settings, services.inpaintSettings(), services.apiKeys(), services.tasks());
    }

    void theme(Theme theme) {
        settings.themeProperty().set(theme);
    }

    void language(Language language) {
        if (settings.languageProperty().get() != language) {
            settings.languageProperty().set(language);
            model.showNotice(Messages.get("settings.language.restart"));
        }
    }

    void showShortcuts() {
        Dialogs.info(stage, Messages.get("menu.help.shortcuts"), Messages.get("help.shortcuts.text"));
    }

    void showAbout() {
        Dialogs.info(stage, Messages.get("app.name"), Messages.get("help.about.text"));
    }
}
