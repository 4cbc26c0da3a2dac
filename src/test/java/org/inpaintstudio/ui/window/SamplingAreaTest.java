package org.inpaintstudio.ui.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javax.imageio.ImageIO;
import org.inpaintstudio.image.MaskCodec;
import org.inpaintstudio.image.MaskPlane;
import org.inpaintstudio.image.TwoHalves;
import org.inpaintstudio.ui.editor.SamplingMode;
import org.inpaintstudio.ui.editor.ToolKind;
import org.inpaintstudio.ui.inpaint.BackendProvider;
import org.inpaintstudio.ui.settings.BackendKind;
import org.inpaintstudio.ui.settings.InpaintSettings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sampling area as a designer uses it, on the real offline engine: painted with its own brush (S, Alt
 * subtracts), its mode chosen on the options bar, undone, cleared and exported with the mask, and honoured by the
 * fill: on a photo whose halves differ, the fill takes its colours from the allowed half.
 */
class SamplingAreaTest extends EditorWindowFixture {
    static final int W = 240;
    static final int H = 160;

    @TempDir
    Path photos;

    Path halves;
    final InpaintSettings inpaintSettings = new InpaintSettings();

    @Override
    MainWindow.Services services() {
        return servicesWith(inpaintSettings, BackendProvider.Factory.BACKENDS);
    }

    /** Left half reddish noise, right half bluish noise. */
    static Path writeHalves(Path folder) throws Exception {
        BufferedImage image = TwoHalves.of(W, H, 5);
        Path file = folder.resolve("halves.png");
        ImageIO.write(image, "png", file.toFile());
        return file;
    }

    @BeforeEach
    void openHalves() throws Exception {
        halves = writeHalves(photos);
        openWindow();
        openThroughShortcut(halves);
        waitUntil(() -> model().document() != null);
    }

    /** A sampling-brush stroke with S; Alt held subtracts. */
    void drawSampleStroke(double x0, double y0, double x1, double y1, boolean alt) {
        type(KeyCode.S);
        if (alt) {
            press(KeyCode.ALT);
        }
        drag(screenPoint(x0, y0), MouseButton.PRIMARY)
                .moveTo(screenPoint((x0 + x1) / 2, (y0 + y1) / 2))
                .moveTo(screenPoint(x1, y1))
                .drop();
        if (alt) {
            release(KeyCode.ALT);
        }
        waitUntil(() -> !model().samplingArea().painted().isEditing());
    }

    void brushSize(int pixels) {
        onFx(() -> {
            model().brushSizeProperty().set(pixels);
            return null;
        });
    }

    long sampled() {
        return onFx(() -> model().samplingArea().painted().repairCount());
    }

    @Test
    void aFillSampledOnlyFromTheBlueHalfTakesNoRed() throws Exception {
        brushSize(60);
        drawSampleStroke(180, 30, 180, 130, false);
        clickOn("#sample-mode-only");
        assertEquals(
                SamplingMode.ONLY_HERE,
                onFx(() -> model().samplingArea().modeProperty().get()));
        assertTrue(sampled() > 5000, sampled() + " pixels in the sampling area");
        assertTrue(onFx(() -> !model().samplingArea().painted().isRepair(100, 80)), "the red half is not marked");
        brushSize(30);
        drawStroke(100, 80, 140, 80);
        MaskPlane mask = maskCopy();

        shortcut(KeyCode.ENTER);
        waitUntil(() -> lookup("#compare-layer").query().isVisible());

        BufferedImage result =
                onFx(() -> window.inpaint().inpaint().resultProperty().get().image());
        long inside = 0;
        long red = 0;
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                if (mask.isRepair(x, y)) {
                    int c = result.getRGB(x, y);
                    inside++;
                    red += ((c >> 16) & 0xff) > (c & 0xff) ? 1 : 0;
                }
            }
        }
        assertTrue(inside > 1000, inside + " masked pixels");
        assertTrue(red < inside / 50, red + " of " + inside + " filled pixels are red");
    }

    @Test
    void aSamplingAreaTooSmallToFillFromSaysSoAndKeepsMaskAndArea() {
        brushSize(4);
        drawSampleStroke(200, 30, 202, 30, false);
        clickOn("#sample-mode-only");
        MaskPlane area = onFx(() -> model().samplingArea().painted().plane().copy());
        assertTrue(area.repairCount() > 0 && area.repairCount() < 100, area.repairCount() + " pixels may be copied");
        brushSize(30);
        drawStroke(100, 80, 140, 80);
        MaskPlane mask = maskCopy();

        shortcut(KeyCode.ENTER);
        waitUntil(() -> !window.inpaint().inpaint().running().get()
                && !onFx(() -> lookup("#task-message").queryAs(Label.class).getText())
                        .isEmpty());

        String message = onFx(() -> lookup("#task-message").queryAs(Label.class).getText());
        assertTrue(message.contains("sampling area"), message);
        assertFalse(lookup("#compare-layer").query().isVisible(), "no result to compare");
        assertEquals(mask, maskCopy(), "the mask is kept");
        assertEquals(area, onFx(() -> model().samplingArea().painted().plane().copy()), "the sampling area is kept");
    }

    @Test
    void altSubtractsUndoRemovesAndClearTakesTheSamplingAreaWithTheMask() {
        drawSampleStroke(40, 80, 200, 80, false);
        long painted = sampled();
        assertTrue(painted > 3000, painted + " pixels painted");
        assertEquals(0, onFx(() -> model().mask().repairCount()), "the sampling brush leaves the mask alone");

        drawSampleStroke(120, 40, 120, 120, true);
        assertTrue(sampled() < painted, "Alt subtracts: " + sampled() + " of " + painted);
        assertFalse(onFx(() -> model().samplingArea().painted().isRepair(120, 80)));

        shortcut(KeyCode.Z);
        waitUntil(() -> sampled() == painted);
        shortcut(KeyCode.Z);
        waitUntil(() -> sampled() == 0);
        shortcutShift(KeyCode.Z);
        waitUntil(() -> sampled() == painted);

        drawStroke(60, 60, 80, 60);
        clickOn("#menu-edit").clickOn("#menu-clear");
        waitUntil(() -> sampled() == 0 && model().mask().repairCount() == 0);
        shortcut(KeyCode.Z);
        waitUntil(() -> sampled() == painted && model().mask().repairCount() > 0);
    }

    @Test
    void theSamplingAreaExportsAsWhereTheFillMayCopyFromAndImportsBack() throws Exception {
        drawSampleStroke(40, 80, 100, 80, false); // exclude mode: the painted pixels are ruled out
        Path exported = photos.resolve("halves-sample.png");
        picker.willChoose(exported);
        clickOn("#menu-file").clickOn("#menu-export-sample");
        waitUntil(() -> Files.exists(exported));

        MaskPlane allowed = MaskCodec.read(exported, W, H);
        assertFalse(allowed.isRepair(70, 80), "an excluded pixel is black");
        assertTrue(allowed.isRepair(200, 20), "an unpainted pixel is white");
        assertEquals(W * H - sampled(), allowed.repairCount());

        clickOn("#menu-edit").clickOn("#menu-clear");
        waitUntil(() -> sampled() == 0);
        picker.willChoose(exported);
        clickOn("#menu-file").clickOn("#menu-import-sample");
        waitUntil(() -> sampled() == allowed.repairCount());
        assertEquals(
                SamplingMode.ONLY_HERE,
                onFx(() -> model().samplingArea().modeProperty().get()));
    }

    @Test
    void anImportedMaskPngBecomesTheMaskAndLeavesTheSamplingAreaAlone() throws Exception {
        drawSampleStroke(40, 80, 100, 80, false);
        long painted = sampled();
        MaskPlane left = new MaskPlane(W, H);
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < 30; x++) {
                left.set(x, y, true);
            }
        }
        Path maskFile = photos.resolve("left-mask.png");
        MaskCodec.writePng(left, maskFile);
        picker.willChoose(maskFile);
        clickOn("#menu-file").clickOn("#menu-import-mask");
        waitUntil(() -> model().mask().repairCount() == 30 * H);

        assertTrue(onFx(() -> model().mask().plane().isRepair(10, 10)));
        assertFalse(onFx(() -> model().mask().plane().isRepair(200, 10)));
        assertEquals(painted, sampled());
    }

    @Test
    void withARemoteServiceTheSamplingBrushPaintsNothingAndSaysWhy() {
        onFx(() -> {
            inpaintSettings.backendProperty().set(BackendKind.REMOTE);
            return null;
        });
        drawSampleStroke(40, 80, 200, 80, false);

        assertEquals(0, sampled());
        assertEquals(ToolKind.SAMPLE_AREA, onFx(() -> model().toolProperty().get()));
        ToggleButton tool = lookup("#tool-sample_area").queryAs(ToggleButton.class);
        assertTrue(onFx(() -> tool.getTooltip().getText()).startsWith("Only the offline engine can be told where"));
        assertTrue(lookup("#sample-modes").query().isDisabled());
        assertEquals(
                "Needs the offline engine",
                onFx(() -> lookup("#sample-hint").queryAs(Label.class).getText()));
        assertNull(onFx(() -> model().samplingAllowed()));
    }
}
