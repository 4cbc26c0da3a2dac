package org.inpaintstudio.ui.window;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.geometry.Point2D;
import javafx.geometry.VerticalDirection;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.shape.Circle;
import org.inpaintstudio.ui.editor.ToolKind;
import org.inpaintstudio.ui.editor.Viewport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Zooming, panning, the brush outline and the keyboard, on the real canvas. */
class CanvasViewTest extends EditorWindowFixture {
    @BeforeEach
    void open() throws Exception {
        openWindow();
        openCoffee();
    }

    @Test
    void zoomKeysFitAndShowActualPixels() {
        Viewport viewport = model().viewport();
        double fitted = viewport.scale();
        type(KeyCode.DIGIT1);
        assertEquals(1.0, viewport.zoom(), 1e-9);
        assertEquals("100 %", lookup("#status-zoom").queryAs(Label.class).getText());
        type(KeyCode.EQUALS);
        assertEquals(1.25, viewport.zoom(), 1e-9);
        type(KeyCode.MINUS);
        type(KeyCode.MINUS);
        assertEquals(0.8, viewport.zoom(), 1e-9);
        type(KeyCode.DIGIT0);
        assertEquals(fitted, viewport.scale(), 1e-9);
    }

    @Test
    void theWheelZoomsAroundThePointer() {
        Viewport viewport = model().viewport();
        for (int i = 0; i < 3; i++) {
            type(KeyCode.EQUALS); // well above fit, so zooming either way is not re-centred
        }
        Point2D exact = screenPoint(320, 180);
        Point2D pointer = new Point2D(Math.round(exact.getX()), Math.round(exact.getY()));
        moveTo(pointer);
        Point2D before = imagePointAt(pointer);
        double scale = viewport.scale();
        scroll(2, VerticalDirection.UP);
        // two notches, 1.25 each (the headless robot's wheel direction differs between platforms)
        assertEquals(2, Math.abs(Math.log(viewport.scale() / scale) / Math.log(1.25)), 1e-6);
        Point2D after = imagePointAt(pointer);
        assertEquals(before.getX(), after.getX(), 1e-6);
        assertEquals(before.getY(), after.getY(), 1e-6);
    }

    private Point2D imagePointAt(Point2D screen) {
        Point2D local = lookup("#canvas-surface").query().screenToLocal(screen);
        Viewport v = model().viewport();
        return new Point2D(v.toImageX(local.getX()), v.toImageY(local.getY()));
    }

    @Test
    void spaceDragAndTheMiddleButtonPanWithoutPainting() {
        Viewport viewport = model().viewport();
        for (int i = 0; i < 4; i++) {
            type(KeyCode.EQUALS);
        }
        byte[] mask = maskBytes();
        double x = viewport.offsetX();
        double y = viewport.offsetY();
        Point2D start = screenPoint(300, 200);
        press(KeyCode.SPACE);
        drag(start, MouseButton.PRIMARY)
                .moveTo(start.add(-40, -30))
                .moveTo(start.add(-80, -60))
                .drop();
        release(KeyCode.SPACE);
        assertEquals(x - 80, viewport.offsetX(), 1.0);
        assertEquals(y - 60, viewport.offsetY(), 1.0);

        drag(start, MouseButton.MIDDLE)
                .moveTo(start.add(30, 20))
                .moveTo(start.add(60, 40))
                .drop();
        assertEquals(x - 20, viewport.offsetX(), 1.0);
        assertEquals(y - 20, viewport.offsetY(), 1.0);
        assertArrayEquals(mask, maskBytes());
        assertEquals(ToolKind.BRUSH, model().toolProperty().get());
    }

    @Test
    void theBrushOutlineHasTheBrushsSizeOnScreenAndBracketsChangeIt() {
        moveTo(screenPoint(300.5, 200.5));
        Group cursor = lookup("#brush-cursor").queryAs(Group.class);
        assertTrue(cursor.isVisible());
        double scale = model().viewport().scale();
        assertEquals(40 / 2.0 * scale, ((Circle) cursor.getChildren().get(0)).getRadius(), 1e-9);
        type(KeyCode.CLOSE_BRACKET);
        assertEquals(46, model().brushSizeProperty().get());
        assertEquals(46 / 2.0 * scale, ((Circle) cursor.getChildren().get(0)).getRadius(), 1e-9);
        type(KeyCode.OPEN_BRACKET);
        assertEquals(39, model().brushSizeProperty().get());
        assertEquals(
                "x 300, y 200", lookup("#status-cursor").queryAs(Label.class).getText());
    }

    @Test
    void paintingInOneCornerBuildsOnlyThatCornersOverlayTile() {
        type(KeyCode.B);
        drag(screenPoint(20, 20), MouseButton.PRIMARY)
                .moveTo(screenPoint(60, 40))
                .drop();
        Group overlay = lookup("#mask-overlay").queryAs(Group.class);
        assertEquals(1, overlay.getChildren().size(), "the other five 256-pixel tiles of 600 x 400 are not made");
    }

    @Test
    void toolKeysChooseToolsAndTheirButtons() {
        for (ToolKind kind : ToolKind.values()) {
            type(kind.shortcut());
            assertEquals(kind, model().toolProperty().get());
            assertTrue(lookup("#" + kind.buttonId()).queryAs(ToggleButton.class).isSelected());
            assertEquals(
                    lookup("#status-tool").queryAs(Label.class).getText(),
                    lookup("#" + kind.buttonId()).queryAs(ToggleButton.class).getText());
        }
    }
}
