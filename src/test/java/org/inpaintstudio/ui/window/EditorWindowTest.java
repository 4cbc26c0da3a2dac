package org.inpaintstudio.ui.window;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.controlsfx.control.NotificationPane;
import org.inpaintstudio.image.MaskCodec;
import org.inpaintstudio.image.MaskPlane;
import org.inpaintstudio.image.MaskRectangle;
import org.inpaintstudio.image.RectanglesJson;
import org.inpaintstudio.ui.editor.RectangleList;
import org.inpaintstudio.ui.editor.ToolKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/** The editor as a person uses it: open a photo, paint, draw rectangles, undo, export, open a broken file. */
class EditorWindowTest extends EditorWindowFixture {
    @TempDir
    Path out;

    @BeforeEach
    void open() throws Exception {
        openWindow();
        assertEquals("Inpaint Studio", stage.getTitle());
        openCoffee();
    }

    @Test
    void openingAPhotoShowsItsNameAndSize() {
        assertEquals("coffee.png \u2014 Inpaint Studio", stage.getTitle());
        assertEquals(
                "600 \u00d7 400 px", lookup("#status-size").queryAs(Label.class).getText());
        assertEquals(600, model().mask().width());
    }

    @Test
    void aBrushStrokeMasksThePixelsAlongItsPathOnly() {
        drawStroke(100, 200, 400, 260);
        MaskPlane mask = maskCopy();
        for (int i = 0; i <= 10; i++) { // along the path
            int x = 100 + i * 30;
            int y = 200 + i * 6;
            assertTrue(mask.isRepair(x, y), "on the path at " + x + "," + y);
        }
        assertFalse(mask.isRepair(100, 100));
        assertFalse(mask.isRepair(500, 350));
        assertFalse(mask.isRepair(250, 300), "beyond the brush radius");
        assertTrue(stage.getTitle().startsWith("coffee.png \u2022"), stage.getTitle());
        assertTrue(
                lookup("#status-masked").queryAs(Label.class).getText().matches("[1-9][0-9.]* % masked"),
                lookup("#status-masked").queryAs(Label.class).getText());
    }

    @Test
    void undoAndRedoRoundTripTheMaskBitExactly() {
        drawStroke(100, 100, 300, 150);
        byte[] afterFirst = maskBytes();
        drawStroke(200, 300, 500, 250);
        byte[] afterSecond = maskBytes();

        shortcut(KeyCode.Z);
        assertArrayEquals(afterFirst, maskBytes());
        shortcut(KeyCode.Z);
        assertArrayEquals(new byte[600 * 400], maskBytes());
        shortcutShift(KeyCode.Z);
        assertArrayEquals(afterFirst, maskBytes());
        shortcut(KeyCode.Y);
        assertArrayEquals(afterSecond, maskBytes());
    }

    @Test
    void aRectangleIsDrawnMovedAndResized() {
        type(KeyCode.R);
        assertEquals(ToolKind.RECTANGLE, model().toolProperty().get());
        drag(screenPoint(100, 100), MouseButton.PRIMARY)
                .moveTo(screenPoint(150, 130))
                .moveTo(screenPoint(200, 160))
                .drop();
        MaskRectangle drawn = only();
        assertNear(new MaskRectangle(100, 100, 100, 60), drawn);

        drag(screenPoint(150, 130), MouseButton.PRIMARY)
                .moveTo(screenPoint(200, 150))
                .moveTo(screenPoint(250, 170))
                .drop();
        assertNear(new MaskRectangle(200, 140, 100, 60), only());

        MaskRectangle moved = only();
        Point2D handle = screenPoint(moved.x() + moved.width(), moved.y() + moved.height());
        drag(handle, MouseButton.PRIMARY)
                .moveTo(handle.add(20, 20))
                .moveTo(screenPoint(moved.x() + 150, moved.y() + 90))
                .drop();
        assertNear(new MaskRectangle(moved.x(), moved.y(), 150, 90), only());
        assertTrue(lookup("#mask-rectangle-0").tryQuery().isPresent());
        assertTrue(lookup("#rectangle-handle-south-east").tryQuery().isPresent());

        type(KeyCode.DELETE);
        assertTrue(model().rectangles().items().isEmpty());
        shortcut(KeyCode.Z);
        assertEquals(1, model().rectangles().items().size());
    }

    @Test
    void theFiftyFirstRectangleIsRefusedWithAVisibleMessage() {
        List<MaskRectangle> fifty = IntStream.range(0, RectangleList.MAX)
                .mapToObj(i -> new MaskRectangle((i % 10) * 12, (i / 10) * 12, 8, 8))
                .toList();
        interact(() -> model().maskActions().replaceRectangles(fifty));
        type(KeyCode.R);
        drag(screenPoint(300, 250), MouseButton.PRIMARY)
                .moveTo(screenPoint(350, 300))
                .moveTo(screenPoint(400, 330))
                .drop();
        assertEquals(RectangleList.MAX, model().rectangles().items().size());
        NotificationPane notice = lookup("#notice-pane").queryAs(NotificationPane.class);
        waitUntil(notice::isShowing);
        assertTrue(notice.getText().contains("at most 50"), notice.getText());
    }

    @Test
    void exportedMaskAndRectanglesMatchWhatWasDrawn() throws Exception {
        drawStroke(50, 50, 250, 80);
        type(KeyCode.R);
        drag(screenPoint(300, 200), MouseButton.PRIMARY)
                .moveTo(screenPoint(400, 300))
                .drop();
        MaskRectangle rectangle = only();

        Path maskFile = out.resolve("mask.png");
        picker.willChoose(maskFile);
        shortcut(KeyCode.E);
        waitUntil(() -> Files.exists(maskFile));
        waitUntil(() -> !model().isDirty());
        MaskPlane expected = onFx(() -> model().maskUnion());
        assertEquals(expected, MaskCodec.read(maskFile, 600, 400));
        assertTrue(expected.isRepair(100, 60) && expected.isRepair(rectangle.x() + 5, rectangle.y() + 5));

        Path jsonFile = out.resolve("rectangles.json");
        picker.willChoose(jsonFile);
        shortcutShift(KeyCode.E);
        assertShowing("#strokes-left-out-dialog");
        clickOn("#export-anyway");
        waitUntil(() -> Files.exists(jsonFile));
        assertEquals(List.of(rectangle), RectanglesJson.parse(Files.readString(jsonFile, StandardCharsets.UTF_8)));
    }

    @Test
    void aBrokenFileGetsAMessageAndTheWorkStays() throws Exception {
        drawStroke(100, 100, 200, 200);
        byte[] mask = maskBytes();
        Path broken = out.resolve("broken.png");
        Files.write(broken, "this is not a PNG at all".getBytes(StandardCharsets.US_ASCII));

        picker.willChoose(broken);
        shortcut(KeyCode.O);
        assertShowing("#unsaved-dialog"); // the stroke is not exported yet
        clickOn("#unsaved-discard");
        assertShowing("#error-dialog");
        String message = lookup("#dialog-message").queryAs(Label.class).getText();
        assertTrue(message.contains("broken.png"), message);
        assertFalse(message.contains("Exception"), message);
        clickOn("#dialog-ok");
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("coffee.png", model().document().name());
        assertArrayEquals(mask, maskBytes());
        assertTrue(stage.getTitle().startsWith("coffee.png \u2022"));
    }

    private MaskRectangle only() {
        assertEquals(1, model().rectangles().items().size());
        return model().rectangles().items().get(0);
    }

    /** Screen positions round to whole pixels, so one image pixel either way is fine at any zoom over 1. */
    private static void assertNear(MaskRectangle expected, MaskRectangle actual) {
        String both = expected + " vs " + actual;
        assertTrue(Math.abs(expected.x() - actual.x()) <= 1 && Math.abs(expected.y() - actual.y()) <= 1, both);
        assertTrue(
                Math.abs(expected.width() - actual.width()) <= 2 && Math.abs(expected.height() - actual.height()) <= 2,
                both);
    }
}
