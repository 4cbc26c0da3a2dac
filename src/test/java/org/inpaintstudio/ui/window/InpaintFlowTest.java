package org.inpaintstudio.ui.window;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.inpaintstudio.image.ImageFiles;
import org.inpaintstudio.image.MaskPlane;
import org.inpaintstudio.image.SmallDisk;
import org.inpaintstudio.ui.TestImages;
import org.inpaintstudio.ui.compare.CompareView;
import org.inpaintstudio.ui.editor.EditorDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inpaint as a designer does it, with the real offline engine on a real photo: paint, Ctrl+Enter, compare, save,
 * apply and undo; the original is never overwritten without asking.
 */
class InpaintFlowTest extends EditorWindowFixture {
    @TempDir
    Path photos;

    Path coffee;

    @Override
    MainWindow.Services services() {
        return servicesWithRealBackends();
    }

    @BeforeEach
    void openCoffeeCopy() throws Exception {
        coffee = Files.copy(TestImages.COFFEE, photos.resolve("coffee.png"));
        openWindow();
        openThroughShortcut(coffee);
        waitUntil(() -> model().document() != null);
    }

    private MaskPlane paintAndInpaint() {
        drawStroke(250, 180, 330, 220);
        MaskPlane mask = maskCopy();
        shortcut(KeyCode.ENTER);
        waitUntil(() -> lookup("#compare-layer").query().isVisible());
        return mask;
    }

    @Test
    void paintInpaintCompareAndSaveChangesOnlyTheMaskedPixels() throws Exception {
        MaskPlane mask = paintAndInpaint();
        String status = onFx(() -> model().statusTextProperty().get());
        assertTrue(status.startsWith("Done in ") && status.endsWith("hold C to see the original."), status);
        assertFalse(lookup("#task-bar").query().isVisible(), "the task line leaves the compare view free");
        assertArrayEquals(mask.data(), maskBytes(), "the mask is kept");

        shortcut(KeyCode.S);
        Path saved = photos.resolve("coffee-inpainted.png");
        waitUntil(
                () -> Files.exists(saved) && model().statusTextProperty().get().startsWith("Result saved"));
        BufferedImage before = ImageFiles.read(coffee).image();
        BufferedImage after = ImageFiles.read(saved).image();
        long inside = 0;
        long changedInside = 0;
        for (int y = 0; y < before.getHeight(); y++) {
            for (int x = 0; x < before.getWidth(); x++) {
                boolean changed = before.getRGB(x, y) != after.getRGB(x, y);
                if (mask.isRepair(x, y)) {
                    inside++;
                    changedInside += changed ? 1 : 0;
                } else {
                    assertFalse(changed, "pixel outside the mask changed at " + x + "," + y);
                }
            }
        }
        assertTrue(changedInside > inside / 2, changedInside + " of " + inside + " masked pixels changed");
        assertArrayEquals(Files.readAllBytes(TestImages.COFFEE), Files.readAllBytes(coffee), "original untouched");
    }

    @Test
    void holdingCShowsTheOriginalAndTheDividerDrags() {
        paintAndInpaint();
        CompareView compare = lookup("#compare-view").queryAs(CompareView.class);
        Node after = lookup("#compare-after-image").query();
        press(KeyCode.C);
        waitUntil(() -> compare.showOriginalProperty().get());
        assertFalse(after.getParent().getParent().isVisible(), "the result is hidden while C is held");
        assertEquals("Original (release C to compare)", text("#compare-before-label"));
        release(KeyCode.C);
        waitUntil(() -> !compare.showOriginalProperty().get());
        assertEquals("Before", text("#compare-before-label"));

        drag("#compare-divider").moveBy(-150, 0).drop();
        assertTrue(
                compare.dividerProperty().get() < 0.4,
                "divider at " + compare.dividerProperty().get());
        double scale = model().viewport().scale();
        type(KeyCode.EQUALS);
        assertTrue(model().viewport().scale() > scale, "zoom keys still work, in step with the editor");
    }

    @Test
    void applyMakesTheResultTheImageAndUndoBringsBackImageAndMask() {
        EditorDocument original = onFx(() -> model().document());
        MaskPlane mask = paintAndInpaint();
        BufferedImage result =
                onFx(() -> window.inpaint().inpaint().resultProperty().get().image());
        clickOn("#result-apply");
        waitUntil(() -> !lookup("#compare-layer").query().isVisible());
        assertSame(result, onFx(() -> model().document().source()));
        assertEquals(0, onFx(() -> model().mask().repairCount()), "the mask clears");

        drawStroke(100, 100, 140, 120); // keep editing on the result
        shortcut(KeyCode.Z);
        shortcut(KeyCode.Z);
        waitUntil(() -> model().document() == original);
        assertArrayEquals(mask.data(), maskBytes(), "undo brings back the previous mask");
        shortcutShift(KeyCode.Z);
        waitUntil(() -> model().document() != original);
        assertNotSame(original, onFx(() -> model().document()));
    }

    @Test
    void saveAsOntoTheOriginalAsksFirst() throws Exception {
        paintAndInpaint();
        picker.willChoose(coffee);
        shortcutShift(KeyCode.S);
        assertShowing("#result-overwrite-dialog");
        clickOn("#result-cancel");
        assertArrayEquals(Files.readAllBytes(TestImages.COFFEE), Files.readAllBytes(coffee));

        Path jpeg = photos.resolve("elsewhere.jpg");
        picker.willChoose(jpeg);
        shortcutShift(KeyCode.S);
        waitUntil(() -> Files.exists(jpeg));
        assertEquals(600, ImageFiles.read(jpeg).width());
    }

    @Test
    void savingOntoAFullDiskSaysSoAndKeepsTheResultAndTheMask() throws Exception {
        SmallDisk disk = SmallDisk.mount(photos);
        assumeTrue(disk != null, "cannot mount a small disk here (needs root on Linux)");
        try (disk) {
            MaskPlane mask = paintAndInpaint();
            Path full = disk.folder().resolve("coffee-inpainted.png");
            picker.willChoose(full);
            shortcutShift(KeyCode.S);

            assertShowing("#error-dialog");
            String message = text("#dialog-message");
            assertTrue(message.contains("the disk is full; free some space or save to another drive"), message);
            clickOn("#dialog-ok");
            assertFalse(Files.exists(full));
            assertTrue(lookup("#compare-layer").query().isVisible(), "the result is still there");
            assertArrayEquals(mask.data(), maskCopy().data());

            Path elsewhere = photos.resolve("elsewhere.png");
            picker.willChoose(elsewhere);
            shortcutShift(KeyCode.S);
            waitUntil(() -> Files.exists(elsewhere));
            assertEquals(600, ImageFiles.read(elsewhere).width());
        }
    }

    private String text(String id) {
        return onFx(() -> lookup(id).queryAs(Label.class).getText());
    }
}
