package org.inpaintstudio.ui.window;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.inpaintstudio.image.MaskPlane;
import org.inpaintstudio.ui.TestImages;
import org.inpaintstudio.ui.common.BackgroundWork;
import org.inpaintstudio.ui.common.Messages;
import org.inpaintstudio.ui.editor.EditorViewModel;
import org.inpaintstudio.ui.editor.Viewport;
import org.inpaintstudio.ui.inpaint.BackendProvider;
import org.inpaintstudio.ui.io.AutosaveStore;
import org.inpaintstudio.ui.settings.ApiKeyStore;
import org.inpaintstudio.ui.settings.InpaintSettings;
import org.inpaintstudio.ui.settings.Settings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Starts real editor windows (headless) with their own application-data folder and scripted file dialogs. */
abstract class EditorWindowFixture extends FxRobot {
    @TempDir
    Path appData;

    final ScriptedFilePicker picker = new ScriptedFilePicker();
    BackgroundWork tasks;
    Stage stage;
    MainWindow window;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
        Platform.setImplicitExit(false); // tests close windows and open new ones
        Messages.use(Locale.ENGLISH);
    }

    /** A new window, as the app makes it, with an empty canvas. */
    void openWindow() throws Exception {
        if (tasks == null) {
            tasks = BackgroundWork.forJavaFx();
        }
        window = WaitForAsyncUtils.asyncFx(() -> {
                    stage = new Stage();
                    MainWindow made = new MainWindow(stage, services());
                    made.show(null);
                    return made;
                })
                .get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** What the window is made with; tests of Inpaint choose their own backend and settings. */
    MainWindow.Services services() {
        return new MainWindow.Services(new Settings(), new AutosaveStore(appData), tasks, owner -> picker);
    }

    /** The services of the app itself: the real backends (offline engine, services, model files), fresh settings. */
    MainWindow.Services servicesWithRealBackends() {
        return servicesWith(new InpaintSettings(), BackendProvider.Factory.BACKENDS);
    }

    /** Fresh app settings, autosave and key store, with the given Inpaint settings and backends. */
    MainWindow.Services servicesWith(InpaintSettings inpaintSettings, BackendProvider.Factory backends) {
        return new MainWindow.Services(
                new Settings(),
                new AutosaveStore(appData),
                tasks,
                owner -> picker,
                inpaintSettings,
                new ApiKeyStore(appData),
                backends);
    }

    /** Drags a brush stroke from one image point to another. */
    void drawStroke(double x0, double y0, double x1, double y1) {
        type(KeyCode.B);
        drag(screenPoint(x0, y0), MouseButton.PRIMARY)
                .moveTo(screenPoint((x0 * 2 + x1) / 3, (y0 * 2 + y1) / 3))
                .moveTo(screenPoint((x0 + x1 * 2) / 3, (y0 + y1 * 2) / 3))
                .moveTo(screenPoint(x1, y1))
                .drop();
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Opens the photo through Ctrl+O, answering the file dialog with it. */
    void openThroughShortcut(Path photo) {
        picker.willChoose(photo);
        shortcut(KeyCode.O);
    }

    void openCoffee() {
        openThroughShortcut(TestImages.COFFEE);
        waitUntil(() -> model().document() != null && model().document().name().equals("coffee.png"));
    }

    @AfterEach
    void closeWindows() throws Exception {
        FxToolkit.cleanupStages();
        if (tasks != null) {
            tasks.shutdown();
            tasks = null;
        }
    }

    EditorViewModel model() {
        return window.model();
    }

    /** Where image pixel (x, y) is on the screen. */
    Point2D screenPoint(double imageX, double imageY) {
        Viewport v = model().viewport();
        Node surface = lookup("#canvas-surface").query();
        return surface.localToScreen(v.toViewX(imageX), v.toViewY(imageY));
    }

    void shortcut(KeyCode key) {
        press(KeyCode.CONTROL, key).release(key, KeyCode.CONTROL);
    }

    void shortcutShift(KeyCode key) {
        press(KeyCode.CONTROL, KeyCode.SHIFT, key).release(key, KeyCode.SHIFT, KeyCode.CONTROL);
    }

    static void waitUntil(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (Exception e) {
            throw new AssertionError("condition not met within 15 s", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Reads state on the JavaFX thread, where the editor writes it. */
    static <T> T onFx(Callable<T> read) {
        try {
            return WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, WaitForAsyncUtils.asyncFx(read));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    byte[] maskBytes() {
        return onFx(() -> model().mask().plane().data().clone());
    }

    MaskPlane maskCopy() {
        return onFx(() -> model().mask().plane().copy());
    }

    void assertShowing(String id) {
        waitUntil(() -> lookup(id).tryQuery().map(Node::isVisible).orElse(false));
        assertTrue(lookup(id).tryQuery().isPresent(), id + " is showing");
    }
}
