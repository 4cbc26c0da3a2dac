package org.inpaintstudio.ui.window;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Slider;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javax.imageio.ImageIO;
import org.inpaintstudio.image.MaskCodec;
import org.inpaintstudio.image.MaskPlane;
import org.inpaintstudio.ui.editor.SelectionActions.Combine;
import org.inpaintstudio.ui.editor.ToolKind;
import org.inpaintstudio.work.CancellationToken;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Magic wand (W) and select object (O) as a person uses them in the real window, checked on the mask pixels. */
class SelectionToolsTest extends EditorWindowFixture {
    private static final int RED = 0xD02020;
    private static final int BLUE = 0x2030D0;

    @TempDir
    Path files;

    @BeforeEach
    void open() throws Exception {
        openWindow();
    }

    /** 300 x 200 blue with two red squares: (50..149, 40..119) and (200..259, 130..179). */
    private Path squares() throws IOException {
        BufferedImage image = new BufferedImage(300, 200, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 200; y++) {
            for (int x = 0; x < 300; x++) {
                image.setRGB(x, y, inFirst(x, y) || inSecond(x, y) ? RED : BLUE);
            }
        }
        Path file = files.resolve("squares.png");
        ImageIO.write(image, "png", file.toFile());
        return file;
    }

    private static boolean inFirst(int x, int y) {
        return x >= 50 && x < 150 && y >= 40 && y < 120;
    }

    private static boolean inSecond(int x, int y) {
        return x >= 200 && x < 260 && y >= 130 && y < 180;
    }

    private void openFile(Path file) {
        openThroughShortcut(file);
        waitUntil(() -> model().document() != null
                && model().document().name().equals(file.getFileName().toString()));
    }

    private void waitForSelection() {
        waitUntil(() -> !model().busyProperty().get());
    }

    private void clickImage(double x, double y) {
        clickOn(screenPoint(x, y), MouseButton.PRIMARY);
        waitForSelection();
    }

    @Test
    void theWandSelectsTheClickedSquareShiftAddsAltSubtractsAndUndoGoesBack() throws IOException {
        openFile(squares());
        type(KeyCode.W);
        assertEquals(ToolKind.MAGIC_WAND, model().toolProperty().get());
        assertShowing("#wand-tolerance-slider");

        clickImage(100, 80);
        MaskPlane first = maskCopy();
        assertEquals(100 * 80, first.repairCount());
        assertTrue(first.isRepair(50, 40) && first.isRepair(149, 119));
        assertFalse(first.isRepair(49, 40) || first.isRepair(230, 150));

        press(KeyCode.SHIFT);
        clickImage(230, 150);
        release(KeyCode.SHIFT);
        MaskPlane both = maskCopy();
        assertEquals(100 * 80 + 60 * 50, both.repairCount(), "Shift adds the second square");

        press(KeyCode.ALT);
        clickImage(100, 80);
        release(KeyCode.ALT);
        MaskPlane second = maskCopy();
        assertEquals(60 * 50, second.repairCount(), "Alt takes the first square out");
        assertTrue(second.isRepair(230, 150));

        shortcut(KeyCode.Z);
        assertArrayEquals(both.data(), maskBytes());
        shortcut(KeyCode.Z);
        shortcut(KeyCode.Z);
        assertEquals(0, maskCopy().repairCount(), "three undos bring the empty mask back");
    }

    @Test
    void withoutContiguousTheWandSelectsBothSquaresAndAClickOnBlueTakesTheRest() throws IOException {
        openFile(squares());
        type(KeyCode.W);
        CheckBox contiguous = lookup("#wand-contiguous").queryAs(CheckBox.class);
        assertTrue(contiguous.isSelected(), "contiguous is on by default");
        clickOn(contiguous);
        clickImage(100, 80);
        assertEquals(100 * 80 + 60 * 50, maskCopy().repairCount());

        clickImage(10, 10); // a plain click replaces: now the blue
        MaskPlane blue = maskCopy();
        assertEquals(300 * 200 - 100 * 80 - 60 * 50, blue.repairCount());
        assertFalse(blue.isRepair(100, 80));
    }

    @Test
    void selectObjectFindsTheCupPastedOnBricksAndStrokesRefineIt() throws Exception {
        Path scene = files.resolve("cup-on-bricks.png");
        MaskPlane truth = cupOnBricks(scene);
        openFile(scene);
        type(KeyCode.O);
        assertEquals(ToolKind.SELECT_OBJECT, model().toolProperty().get());
        Slider grow = lookup("#object-grow-slider").queryAs(Slider.class);
        assertEquals(6, grow.getValue(), "6 px by default");
        interact(() -> grow.setValue(0));

        int[] box = bounds(truth);
        drag(screenPoint(box[0] - 12, box[1] - 12), MouseButton.PRIMARY)
                .moveTo(screenPoint((box[0] + box[2]) / 2.0, (box[1] + box[3]) / 2.0))
                .moveTo(screenPoint(box[2] + 12, box[3] + 12))
                .drop();
        waitForSelection();
        MaskPlane selected = maskCopy();
        double iou = iou(selected, truth);
        assertTrue(iou >= 0.9, "IoU " + iou);

        int cx = (box[0] + box[2]) / 2;
        int cy = (box[1] + box[3]) / 2;
        assertTrue(selected.isRepair(cx, cy));
        press(KeyCode.ALT);
        drag(screenPoint(cx - 15, cy), MouseButton.PRIMARY)
                .moveTo(screenPoint(cx, cy))
                .moveTo(screenPoint(cx + 15, cy))
                .drop();
        release(KeyCode.ALT);
        waitForSelection();
        MaskPlane refined = maskCopy();
        assertFalse(refined.isRepair(cx, cy), "the background stroke took the centre out");
        assertTrue(refined.repairCount() < selected.repairCount());

        shortcut(KeyCode.Z);
        assertArrayEquals(selected.data(), maskBytes(), "undo brings the first selection back");
        shortcut(KeyCode.Z);
        assertEquals(0, maskCopy().repairCount());
    }

    @Test
    void aRunningSelectionShowsProgressAndCancelLeavesTheMaskAlone() throws IOException {
        openFile(squares());
        type(KeyCode.W);
        clickImage(100, 80);
        byte[] before = maskBytes();
        CountDownLatch started = new CountDownLatch(1);
        interact(() -> model().selectionActions()
                .run(
                        (image, cancel, progress) -> {
                            progress.accept(0.4);
                            started.countDown();
                            waitUntilCancelled(cancel);
                            return new MaskPlane(image.width(), image.height());
                        },
                        before,
                        Combine.REPLACE,
                        "history.wand",
                        () -> {}));
        assertShowing("#selection-cancel");
        assertTrue(lookup("#selection-progress").query().isVisible());
        assertTrue(model().busyProperty().get(), "the mask stays still while a selection runs");
        clickOn("#selection-cancel");
        waitForSelection();
        assertArrayEquals(before, maskBytes());
        assertFalse(lookup("#selection-cancel").query().isVisible());
        assertEquals(
                "Selection cancelled. The mask is as it was.",
                model().statusTextProperty().get());
    }

    @Test
    void escCancelsARunningSelection() throws IOException {
        openFile(squares());
        type(KeyCode.O);
        interact(() -> model().selectionActions()
                .run(
                        (image, cancel, progress) -> {
                            waitUntilCancelled(cancel);
                            return new MaskPlane(image.width(), image.height());
                        },
                        maskBytes(),
                        Combine.ADD,
                        "history.select.object",
                        () -> {}));
        assertShowing("#selection-cancel");
        type(KeyCode.ESCAPE);
        waitForSelection();
        assertEquals(0, maskCopy().repairCount());
        assertFalse(model().history().canUndoProperty().get(), "a cancelled selection leaves no edit");
    }

    private static void waitUntilCancelled(CancellationToken cancel) {
        long end = System.nanoTime() + 20_000_000_000L;
        while (System.nanoTime() < end) {
            cancel.throwIfCancelled();
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Writes the coffee cup (its object mask) pasted on the bricks; returns the pasted shape. */
    private MaskPlane cupOnBricks(Path file) throws IOException {
        BufferedImage coffee = read("/photos/coffee.png");
        BufferedImage brick = read("/photos/brick.png");
        MaskPlane shape = MaskCodec.fromImage(read("/photos/masks/coffee_object.png"));
        int w = Math.min(coffee.getWidth(), brick.getWidth());
        int h = Math.min(coffee.getHeight(), brick.getHeight());
        BufferedImage scene = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        MaskPlane truth = new MaskPlane(w, h);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                boolean in = shape.isRepair(x, y);
                scene.setRGB(x, y, in ? coffee.getRGB(x, y) : brick.getRGB(x, y));
                truth.set(x, y, in);
            }
        }
        ImageIO.write(scene, "png", file.toFile());
        return truth;
    }

    private BufferedImage read(String resource) throws IOException {
        try (InputStream in = getClass().getResourceAsStream(resource)) {
            return ImageIO.read(in);
        }
    }

    private static int[] bounds(MaskPlane mask) {
        int[] b = {mask.width(), mask.height(), -1, -1};
        for (int y = 0; y < mask.height(); y++) {
            for (int x = 0; x < mask.width(); x++) {
                if (mask.isRepair(x, y)) {
                    b[0] = Math.min(b[0], x);
                    b[1] = Math.min(b[1], y);
                    b[2] = Math.max(b[2], x);
                    b[3] = Math.max(b[3], y);
                }
            }
        }
        return b;
    }

    private static double iou(MaskPlane a, MaskPlane b) {
        long both = 0;
        long either = 0;
        for (int i = 0; i < a.data().length; i++) {
            boolean x = a.data()[i] != MaskPlane.KEEP;
            boolean y = b.data()[i] != MaskPlane.KEEP;
            both += x && y ? 1 : 0;
            either += x || y ? 1 : 0;
        }
        return (double) both / either;
    }
}
