package org.inpaintstudio.ui.window;

import java.nio.file.Path;
import java.util.function.Function;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.NotificationPane;
import org.inpaintstudio.ui.canvas.EditorCanvas;
import org.inpaintstudio.ui.common.AppDataFolder;
import org.inpaintstudio.ui.common.BackgroundWork;
import org.inpaintstudio.ui.common.Messages;
import org.inpaintstudio.ui.common.Theme;
import org.inpaintstudio.ui.editor.EditorViewModel;
import org.inpaintstudio.ui.inpaint.BackendProvider;
import org.inpaintstudio.ui.inpaint.InpaintViewModel;
import org.inpaintstudio.ui.io.AutosaveStore;
import org.inpaintstudio.ui.io.Autosaver;
import org.inpaintstudio.ui.io.DocumentOpener;
import org.inpaintstudio.ui.io.FilePicker;
import org.inpaintstudio.ui.io.MaskFiles;
import org.inpaintstudio.ui.io.UnsavedWorkGuard;
import org.inpaintstudio.ui.result.BatchResultFiles;
import org.inpaintstudio.ui.result.ResultSaver;
import org.inpaintstudio.ui.settings.ApiKeyStore;
import org.inpaintstudio.ui.settings.BackendKind;
import org.inpaintstudio.ui.settings.InpaintSettings;
import org.inpaintstudio.ui.settings.Settings;
import org.inpaintstudio.ui.tool.ToolBox;

/** The editor window: menu bar and tool bar, the canvas with a notice bar over it, the status bar. */
public final class MainWindow {
    private static final Duration NOTICE_TIME = Duration.seconds(6);

    /**
     * What the window needs from the application.
     *
     * @param backends makes the offline and remote backends ({@link BackendProvider.Factory#BACKENDS} in the app)
     */
    public record Services(
            Settings settings,
            AutosaveStore autosave,
            BackgroundWork tasks,
            Function<Window, FilePicker> filePickers,
            InpaintSettings inpaintSettings,
            ApiKeyStore apiKeys,
            BackendProvider.Factory backends) {
        /** The editor alone: the offline engine, default inpaint settings, the key file in the app-data folder. */
        public Services(
                Settings settings,
                AutosaveStore autosave,
                BackgroundWork tasks,
                Function<Window, FilePicker> filePickers) {
            this(
                    settings,
                    autosave,
                    tasks,
                    filePickers,
                    new InpaintSettings(),
                    new ApiKeyStore(AppDataFolder.resolve()),
                    BackendProvider.Factory.BACKENDS);
        }
    }

    private final Stage stage;
    private final EditorViewModel model;
    private final EditorActions actions;
    private final EditorCanvas canvas;
    private final InpaintController inpaint;
    private final BackendProvider backends;

    public MainWindow(Stage stage, Services services) {
        this.stage = stage;
        Settings settings = services.settings();
        model = new EditorViewModel(services.tasks());
        model.brushSizeProperty().bindBidirectional(settings.brushSizeProperty());
        model.overlayOpacityProperty().bindBidirectional(settings.overlayOpacityProperty());
        model.samplingAvailableProperty()
                .bind(services.inpaintSettings().backendProperty().isEqualTo(BackendKind.OFFLINE));

        FilePicker picker = services.filePickers().apply(stage);
        Autosaver autosaver = new Autosaver(model, services.autosave(), services.tasks());
        MaskFiles files = new MaskFiles(stage, model, services.tasks(), picker);
        UnsavedWorkGuard guard = new UnsavedWorkGuard(stage, model, files, autosaver);
        BatchResultFiles batchResults = new BatchResultFiles();
        DocumentOpener opener = new DocumentOpener(stage, model, services.tasks(), autosaver, guard, settings, picker);
        backends = new BackendProvider(
                services.inpaintSettings(),
                services.apiKeys()::current,
                Platform::runLater,
                services.backends(),
                services.tasks());
        InpaintViewModel inpaintModel =
                new InpaintViewModel(backends, services.inpaintSettings(), services.tasks(), System::nanoTime);
        inpaint = new InpaintController(
                stage,
                model,
                inpaintModel,
                new ResultSaver(stage, model, picker, services.tasks(), services.inpaintSettings(), batchResults));
        actions = new EditorActions(
                stage,
                model,
                opener,
                files,
                guard,
                inpaint,
                services,
                new EditorActions.BatchSupport(backends, picker, batchResults));

        ToolBox tools = new ToolBox(model);
        canvas = new EditorCanvas(model, tools);
        NotificationPane notices = notices(inpaint.wrap(canvas));
        BorderPane root = new BorderPane(notices);
        root.setId("main-window");
        root.setTop(new VBox(EditorMenus.create(actions), EditorToolBar.create(actions, tools)));
        root.setBottom(EditorStatusBar.create(model, inpaintModel.running()));

        Scene scene = new Scene(root, 1180, 800);
        scene.getStylesheets().setAll(settings.themeProperty().get().stylesheets());
        settings.themeProperty().addListener((obs, old, theme) -> applyTheme(scene, theme));
        EditorShortcuts.install(scene, actions);
        inpaint.install(scene);
        cancelSelectionOnEscape(scene, model);
        acceptDrops(scene, opener);
        stage.setScene(scene);
        stage.titleProperty().bind(model.titleProperty());
        stage.setOnHidden(e -> {
            autosaver.flushNow(); // however the window goes, the pending autosave is written
            backends.close();
        });
        stage.setOnCloseRequest(e -> {
            e.consume();
            actions.close();
        });
    }

    public void show(Path initialImage) {
        stage.show();
        canvas.requestFocus();
        if (initialImage != null) {
            open(initialImage);
        }
    }

    /** Opens a photo as File > Open does, asking first about unsaved work. */
    public void open(Path image) {
        actions.opener().open(image);
    }

    public EditorViewModel model() {
        return model;
    }

    /** The inpaint side of the window: task, compare view, result. */
    public InpaintController inpaint() {
        return inpaint;
    }

    private NotificationPane notices(Node content) {
        NotificationPane pane = new NotificationPane(content);
        pane.setId("notice-pane");
        pane.setShowFromTop(true);
        PauseTransition hide = new PauseTransition(NOTICE_TIME);
        hide.setOnFinished(e -> pane.hide());
        model.noticeProperty().addListener((obs, old, notice) -> {
            if (notice != null) {
                pane.show(notice.text());
                hide.playFromStart();
            }
        });
        return pane;
    }

    /** Esc stops a running magic wand or select-object, as it stops an Inpaint task. */
    private static void cancelSelectionOnEscape(Scene scene, EditorViewModel model) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE
                    && model.selectionActions().runningProperty().get()) {
                model.selectionActions().cancel();
                e.consume();
            }
        });
    }

    private static void applyTheme(Scene scene, Theme theme) {
        scene.getStylesheets().setAll(theme.stylesheets());
    }

    /** Files or image data dropped anywhere on the window open like File > Open. */
    private static void acceptDrops(Scene scene, DocumentOpener opener) {
        scene.addEventHandler(DragEvent.DRAG_OVER, e -> {
            Dragboard board = e.getDragboard();
            if (board.hasFiles() || board.hasImage()) {
                e.acceptTransferModes(TransferMode.COPY);
                e.consume();
            }
        });
        scene.addEventHandler(DragEvent.DRAG_DROPPED, e -> {
            Dragboard board = e.getDragboard();
            boolean done = true;
            if (board.hasFiles() && !board.getFiles().isEmpty()) {
                opener.open(board.getFiles().get(0).toPath());
            } else if (board.hasImage()) {
                opener.openFx(board.getImage(), Messages.get("editor.dropped.name"));
            } else {
                done = false;
            }
            e.setDropCompleted(done);
            e.consume();
        });
    }
}
