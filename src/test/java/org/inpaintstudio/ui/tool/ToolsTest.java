package org.inpaintstudio.ui.tool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.inpaintstudio.image.MaskRectangle;
import org.inpaintstudio.ui.TestImages;
import org.inpaintstudio.ui.editor.EditorViewModel;
import org.inpaintstudio.ui.editor.RectangleList;
import org.junit.jupiter.api.Test;

/** The tools against a view model, as the canvas drives them (scale 1: view and image coordinates agree). */
class ToolsTest {
    private final EditorViewModel model = TestImages.modelWithImage(200, 100);

    @Test
    void brushStrokeIsOneUndoableEditAndEraserTakesItOut() {
        BrushTool brush = new BrushTool(model);
        model.brushSizeProperty().set(10);
        brush.pressed(at(20, 50));
        brush.dragged(at(100, 50));
        brush.released(at(180, 50));
        assertTrue(model.mask().isRepair(20, 50)
                && model.mask().isRepair(140, 50)
                && model.mask().isRepair(180, 52));
        assertFalse(model.mask().isRepair(100, 60));
        assertEquals(1, model.history().undoSize());

        EraserTool eraser = new EraserTool(model);
        eraser.pressed(at(100, 50));
        eraser.released(at(100, 50));
        assertFalse(model.mask().isRepair(100, 50));
        assertTrue(model.mask().isRepair(60, 50));
        model.undo();
        assertTrue(model.mask().isRepair(100, 50));
    }

    @Test
    void rectangleIsDrawnMovedResizedNudgedAndDeleted() {
        RectangleTool tool = new RectangleTool(model);
        drag(tool, 10, 10, 50, 40);
        assertEquals(
                List.of(new MaskRectangle(10, 10, 40, 30)), model.rectangles().snapshot());
        assertEquals(0, model.rectangles().selected());

        drag(tool, 20, 20, 45, 25); // inside: move by (25, 5)
        assertEquals(
                new MaskRectangle(35, 15, 40, 30), model.rectangles().items().get(0));

        drag(tool, 75, 45, 95, 60); // south-east handle
        assertEquals(
                new MaskRectangle(35, 15, 60, 45), model.rectangles().items().get(0));

        assertTrue(tool.keyPressed(key(KeyCode.LEFT, false)));
        assertTrue(tool.keyPressed(key(KeyCode.DOWN, true)));
        assertEquals(
                new MaskRectangle(34, 25, 60, 45), model.rectangles().items().get(0));

        assertTrue(tool.keyPressed(key(KeyCode.DELETE, false)));
        assertTrue(model.rectangles().items().isEmpty());
        assertEquals(6, model.history().undoSize());
        model.undo();
        assertEquals(
                new MaskRectangle(34, 25, 60, 45), model.rectangles().items().get(0));
    }

    @Test
    void movingStaysInsideTheImage() {
        RectangleTool tool = new RectangleTool(model);
        drag(tool, 10, 10, 50, 40);
        drag(tool, 20, 20, 500, -300);
        assertEquals(
                new MaskRectangle(160, 0, 40, 30), model.rectangles().items().get(0));
    }

    @Test
    void theFiftyFirstRectangleIsRefusedWithANotice() {
        RectangleTool tool = new RectangleTool(model);
        for (int i = 0; i < RectangleList.MAX; i++) {
            int x = (i % 16) * 12 + 1; // apart by more than the handles' pick distance
            int y = (i / 16) * 22 + 1;
            drag(tool, x, y, x + 4, y + 4);
        }
        assertEquals(50, model.rectangles().items().size());
        drag(tool, 100, 92, 130, 98);
        assertEquals(50, model.rectangles().items().size());
        assertNotNull(model.noticeProperty().get());
        assertTrue(
                model.noticeProperty().get().text().contains("50"),
                model.noticeProperty().get().text());
    }

    @Test
    void aClickWithoutDragDrawsNothing() {
        RectangleTool tool = new RectangleTool(model);
        drag(tool, 10, 10, 11, 11);
        assertTrue(model.rectangles().items().isEmpty());
        assertEquals(0, model.history().undoSize());
    }

    @Test
    void lassoFillsAndAltSubtracts() {
        LassoTool lasso = new LassoTool(model);
        lasso.pressed(at(10, 10));
        lasso.dragged(at(90, 10));
        lasso.dragged(at(90, 90));
        lasso.released(at(10, 90));
        assertEquals(80 * 80, model.mask().repairCount());

        lasso.pressed(new CanvasPointer(20, 20, 20, 20, true, false, 1));
        lasso.dragged(at(40, 20));
        lasso.dragged(at(40, 40));
        lasso.released(at(20, 40));
        assertEquals(80 * 80 - 20 * 20, model.mask().repairCount());
        assertEquals(2, model.history().undoSize());
    }

    @Test
    void polygonClosesOnTheFirstCornerAndEscapeDropsIt() {
        PolygonTool polygon = new PolygonTool(model);
        click(polygon, 10, 10);
        click(polygon, 50, 10);
        click(polygon, 50, 30);
        click(polygon, 10, 30);
        assertEquals(4, polygon.corners().size());
        click(polygon, 11, 11); // near the first corner: closes
        assertEquals(40 * 20, model.mask().repairCount());
        assertTrue(polygon.corners().isEmpty());

        click(polygon, 100, 10);
        click(polygon, 150, 10);
        polygon.keyPressed(key(KeyCode.ESCAPE, false));
        assertTrue(polygon.corners().isEmpty());
        assertEquals(1, model.history().undoSize());
    }

    @Test
    void panMovesTheView() {
        model.viewport().setViewSize(100, 100);
        model.viewport().zoomAround(4, 50, 50);
        double before = model.viewport().offsetX();
        PanTool pan = new PanTool(model);
        pan.pressed(at(50, 50));
        pan.released(at(30, 50));
        assertEquals(before - 20, model.viewport().offsetX(), 1e-9);
    }

    private static CanvasPointer at(double x, double y) {
        return new CanvasPointer(x, y, x, y, false, false, 1);
    }

    private static void drag(CanvasTool tool, double x0, double y0, double x1, double y1) {
        tool.pressed(at(x0, y0));
        tool.dragged(at((x0 + x1) / 2, (y0 + y1) / 2));
        tool.released(at(x1, y1));
    }

    private static void click(CanvasTool tool, double x, double y) {
        tool.pressed(at(x, y));
        tool.released(at(x, y));
    }

    private static KeyEvent key(KeyCode code, boolean shift) {
        return new KeyEvent(KeyEvent.KEY_PRESSED, "", "", code, shift, false, false, false);
    }
}
