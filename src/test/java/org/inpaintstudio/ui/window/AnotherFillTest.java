package org.inpaintstudio.ui.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import org.inpaintstudio.backend.Backends;
import org.inpaintstudio.cli.CommandLine;
import org.inpaintstudio.engine.InpaintMethod;
import org.inpaintstudio.engine.Inpainters;
import org.inpaintstudio.image.ImageFiles;
import org.inpaintstudio.image.MaskCodec;
import org.inpaintstudio.image.MaskPlane;
import org.inpaintstudio.image.MaskRectangle;
import org.inpaintstudio.ui.inpaint.InpaintedImage;
import org.inpaintstudio.work.CancellationToken;
import org.inpaintstudio.work.ProgressListener;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Another fill on the real offline engine: Ctrl+Shift+Enter fills the same mask with a new seed, the variants are
 * kept and flipped with the arrow keys, the seed shown gives the same pixels again, and Save writes the one shown.
 */
class AnotherFillTest extends EditorWindowFixture {
    @TempDir
    Path photos;

    Path halves;

    @Override
    MainWindow.Services services() {
        return servicesWithRealBackends();
    }

    @BeforeEach
    void openHalves() throws Exception {
        halves = SamplingAreaTest.writeHalves(photos);
        openWindow();
        openThroughShortcut(halves);
        waitUntil(() -> model().document() != null);
    }

    private InpaintedImage shown() {
        return onFx(() -> window.inpaint().inpaint().resultProperty().get());
    }

    private int variantCount() {
        return onFx(() -> window.inpaint().inpaint().variants().items().size());
    }

    private String variantText() {
        return onFx(() -> lookup("#result-variant").queryAs(Label.class).getText());
    }

    private static long differingInside(BufferedImage a, BufferedImage b, MaskPlane mask) {
        long count = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                if (a.getRGB(x, y) != b.getRGB(x, y)) {
                    assertTrue(mask.isRepair(x, y), "pixel outside the mask differs at " + x + "," + y);
                    count++;
                }
            }
        }
        return count;
    }

    @Test
    void anotherFillAddsAVariantWithANewSeedAndTheArrowsFlipBetweenThem() throws Exception {
        drawStroke(60, 80, 180, 80);
        MaskPlane mask = maskCopy();
        shortcut(KeyCode.ENTER);
        waitUntil(() -> lookup("#compare-layer").query().isVisible() && variantCount() == 1);
        InpaintedImage first = shown();
        assertEquals(Backends.SEED, first.seed());
        assertEquals("Fill 1 of 1, seed " + Backends.SEED, variantText());

        shortcutShift(KeyCode.ENTER);
        waitUntil(() ->
                variantCount() == 2 && !window.inpaint().inpaint().running().get());
        InpaintedImage second = shown();
        assertEquals(Backends.SEED + 1, second.seed());
        assertEquals("Fill 2 of 2, seed " + (Backends.SEED + 1), variantText());
        long differing = differingInside(first.image(), second.image(), mask);
        assertTrue(differing > 100, "the second fill differs in " + differing + " masked pixels");

        type(KeyCode.LEFT);
        waitUntil(() -> shown() == first);
        assertEquals("Fill 1 of 2, seed " + Backends.SEED, variantText());
        type(KeyCode.RIGHT);
        waitUntil(() -> shown() == second);

        BufferedImage again = Inpainters.create(InpaintMethod.AUTO, second.seed())
                .inpaint(ImageFiles.read(halves).image(), mask, ProgressListener.NONE, new CancellationToken());
        assertEquals(0, differingInside(again, second.image(), mask), "the seed shown gives the same pixels");
        Path maskFile = photos.resolve("mask.png");
        Path fromCommandLine = photos.resolve("seed.png");
        MaskCodec.writePng(mask, maskFile);
        int exit = new CommandLine(
                        new PrintStream(OutputStream.nullOutputStream()),
                        new PrintStream(OutputStream.nullOutputStream()))
                .run(new String[] {
                    "inpaint",
                    "--image",
                    halves.toString(),
                    "--mask",
                    maskFile.toString(),
                    "--seed",
                    String.valueOf(second.seed()),
                    "--out",
                    fromCommandLine.toString()
                });
        assertEquals(0, exit);
        assertEquals(
                0,
                differingInside(ImageFiles.read(fromCommandLine).image(), second.image(), mask),
                "inpaint --seed " + second.seed() + " gives the pixels of the fill shown");

        clickOn("#result-previous");
        waitUntil(() -> shown() == first);
        Path saved = photos.resolve("halves-inpainted.png");
        shortcut(KeyCode.S);
        waitUntil(
                () -> Files.exists(saved) && model().statusTextProperty().get().startsWith("Result saved"));
        assertEquals(
                0, differingInside(ImageFiles.read(saved).image(), first.image(), mask), "Save writes the one shown");

        clickOn("#result-next");
        waitUntil(() -> shown() == second);
        clickOn("#result-apply");
        waitUntil(() -> !lookup("#compare-layer").query().isVisible());
        assertSame(second.image(), onFx(() -> model().document().source()), "Apply uses the one shown");
    }

    @Test
    void theButtonDoesTheSameAndNewMaskStartsNewVariants() {
        drawStroke(60, 80, 180, 80);
        shortcut(KeyCode.ENTER);
        waitUntil(() -> lookup("#compare-layer").query().isVisible() && variantCount() == 1);
        clickOn("#result-another");
        waitUntil(() ->
                variantCount() == 2 && !window.inpaint().inpaint().running().get());
        assertEquals("Fill 2 of 2, seed " + (Backends.SEED + 1), variantText());

        clickOn("#result-close");
        waitUntil(() -> !lookup("#compare-layer").query().isVisible());
        drawStroke(60, 40, 120, 40);
        shortcut(KeyCode.ENTER);
        waitUntil(() -> lookup("#compare-layer").query().isVisible() && variantCount() == 1);
        assertEquals("Fill 1 of 1, seed " + Backends.SEED, variantText());
    }

    @Test
    void thumbnailsShowEachFillAroundTheMaskAndAClickShowsThatOne() {
        drawStroke(60, 80, 180, 80);
        MaskPlane mask = maskCopy();
        shortcut(KeyCode.ENTER);
        waitUntil(() -> lookup("#compare-layer").query().isVisible() && variantCount() == 1);
        assertFalse(lookup("#result-thumbnails").query().isVisible(), "no strip for a single fill");
        InpaintedImage first = shown();

        shortcutShift(KeyCode.ENTER);
        waitUntil(() ->
                variantCount() == 2 && !window.inpaint().inpaint().running().get());
        waitUntil(() -> lookup("#result-thumbnails").query().isVisible());
        List<Node> cells = List.copyOf(lookup(".variant-thumbnail").queryAll());
        assertEquals(2, cells.size());
        assertTrue(isShown(cells.get(1)) && !isShown(cells.get(0)), "the new fill is outlined");

        Rectangle2D viewport =
                onFx(() -> ((ImageView) ((StackPane) cells.get(0)).getChildren().get(0)).getViewport());
        MaskRectangle box = mask.repairBounds();
        assertTrue(
                viewport.contains(box.x(), box.y(), box.width(), box.height()),
                viewport + " holds the filled area " + box);
        assertFalse(
                Arrays.equals(pixels(cells.get(0)), pixels(cells.get(1))),
                "the two thumbnails show the two different fills");

        clickOn(cells.get(0));
        waitUntil(() -> shown() == first);
        assertTrue(isShown(cells.get(0)) && !isShown(cells.get(1)));
        assertEquals("Fill 1 of 2, seed " + Backends.SEED, variantText());
    }

    private static boolean isShown(Node cell) {
        return cell.getPseudoClassStates().stream()
                .anyMatch(p -> p.getPseudoClassName().equals("shown"));
    }

    private int[] pixels(Node cell) {
        return onFx(() -> {
            WritableImage shot = cell.snapshot(null, null);
            int width = (int) shot.getWidth();
            int height = (int) shot.getHeight();
            int[] argb = new int[width * height];
            shot.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), argb, 0, width);
            return argb;
        });
    }
}
