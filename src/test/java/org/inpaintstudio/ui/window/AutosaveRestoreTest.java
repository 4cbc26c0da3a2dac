package org.inpaintstudio.ui.window;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.WindowEvent;
import org.inpaintstudio.image.MaskPlane;
import org.inpaintstudio.image.MaskRectangle;
import org.inpaintstudio.ui.TestImages;
import org.inpaintstudio.ui.editor.SamplingMode;
import org.inpaintstudio.ui.io.AutosaveStore;
import org.junit.jupiter.api.Test;

/** Work left without exporting comes back when the same image is opened again. */
class AutosaveRestoreTest extends EditorWindowFixture {
    @Test
    void closingWithoutExportingAndReopeningOffersTheWorkBack() throws Exception {
        openWindow();
        openCoffee();
        type(KeyCode.B);
        drag(screenPoint(120, 120), MouseButton.PRIMARY)
                .moveTo(screenPoint(250, 180))
                .moveTo(screenPoint(380, 140))
                .drop();
        type(KeyCode.R);
        drag(screenPoint(400, 250), MouseButton.PRIMARY)
                .moveTo(screenPoint(450, 300))
                .moveTo(screenPoint(500, 350))
                .drop();
        byte[] strokes = maskBytes();
        List<MaskRectangle> rectangles = onFx(() -> model().rectangles().snapshot());
        assertEquals(1, rectangles.size());

        closeWithoutExportingAndReopen();
        clickOn("#restore-yes");
        waitUntil(() -> model().rectangles().items().size() == 1);
        assertArrayEquals(strokes, maskBytes());
        assertEquals(rectangles, onFx(() -> model().rectangles().snapshot()));
        assertTrue(model().isDirty(), "restored work is not exported yet");

        shortcut(KeyCode.Z); // the restore is one edit
        assertEquals(0, onFx(() -> model().mask().repairCount()));
        assertTrue(model().rectangles().items().isEmpty());
    }

    @Test
    void aSamplingAreaAndItsModeComeBackWithTheMask() throws Exception {
        openWindow();
        openCoffee();
        type(KeyCode.S);
        drag(screenPoint(100, 250), MouseButton.PRIMARY)
                .moveTo(screenPoint(200, 300))
                .moveTo(screenPoint(300, 320))
                .drop();
        clickOn("#sample-mode-only");
        MaskPlane area = onFx(() -> model().samplingArea().painted().plane().copy());
        assertTrue(area.repairCount() > 1000, area.repairCount() + " pixels in the sampling area");
        Path autosave = appData.resolve("autosave").resolve(AutosaveStore.keyFor(TestImages.COFFEE));
        waitUntil(() -> modeSaved(autosave));

        closeWithoutExportingAndReopen();
        clickOn("#restore-yes");
        waitUntil(() -> onFx(() -> model().samplingArea().painted().repairCount()) > 0);
        assertEquals(area, onFx(() -> model().samplingArea().painted().plane().copy()));
        assertEquals(
                SamplingMode.ONLY_HERE,
                onFx(() -> model().samplingArea().modeProperty().get()));
    }

    @Test
    void startingEmptyDeletesTheAutosave() throws Exception {
        openWindow();
        openCoffee();
        type(KeyCode.B);
        drag(screenPoint(100, 100), MouseButton.PRIMARY)
                .moveTo(screenPoint(200, 200))
                .drop();
        Path autosave = closeWithoutExportingAndReopen();
        clickOn("#restore-no");
        waitUntil(() -> !Files.exists(autosave.resolve("mask.png")));
        assertEquals(0, onFx(() -> model().mask().repairCount()));
        assertFalse(model().isDirty());
    }

    private static boolean modeSaved(Path autosave) {
        try {
            return Files.readString(autosave.resolve("sample-mode.txt")).contains("ONLY");
        } catch (IOException notYet) {
            return false;
        }
    }

    /** Waits for the autosave, closes the window choosing not to export, opens the photo in a new window. */
    private Path closeWithoutExportingAndReopen() throws Exception {
        Path autosave = appData.resolve("autosave").resolve(AutosaveStore.keyFor(TestImages.COFFEE));
        waitUntil(() -> Files.exists(autosave.resolve("mask.png")));
        Platform.runLater(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        assertShowing("#unsaved-dialog");
        clickOn("#unsaved-discard");
        waitUntil(() -> !stage.isShowing());

        openWindow();
        openThroughShortcut(TestImages.COFFEE);
        assertShowing("#restore-dialog");
        return autosave;
    }
}
