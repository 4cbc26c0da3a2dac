package org.inpaintstudio.ui.tool;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.input.KeyEvent;
import org.inpaintstudio.ui.editor.EditorViewModel;
import org.inpaintstudio.ui.editor.ToolKind;
import org.inpaintstudio.ui.mask.PolygonRasterizer.Point;

/**
 * Straight-edged outline: click the corners; click the first one again, double-click or press Enter to fill it
 * (Alt on any click subtracts). Backspace drops the last corner, Esc the whole outline.
 */
public final class PolygonTool extends OutlineTool {
    /** How near (view pixels) a click must be to the first corner to close the outline. */
    private static final double CLOSE_DISTANCE = 8;

    private final List<Point> points = new ArrayList<>();
    private boolean subtract;
    private Point pointerAt;

    public PolygonTool(EditorViewModel model) {
        super(model, "editor.polygon.hint");
    }

    @Override
    public ToolKind kind() {
        return ToolKind.POLYGON;
    }

    /** Corners placed so far (a copy). */
    public List<Point> corners() {
        return List.copyOf(points);
    }

    @Override
    public void pressed(CanvasPointer pointer) {
        subtract |= pointer.alt();
        if (pointer.clickCount() >= 2 || closesOutline(pointer)) {
            close();
            return;
        }
        points.add(new Point(pointer.x(), pointer.y()));
        refresh();
    }

    @Override
    public void moved(CanvasPointer pointer) {
        pointerAt = new Point(pointer.x(), pointer.y());
        refresh();
    }

    @Override
    public boolean keyPressed(KeyEvent event) {
        switch (event.getCode()) {
            case ENTER -> close();
            case ESCAPE -> deactivate();
            case BACK_SPACE -> {
                if (points.isEmpty()) {
                    return false;
                }
                points.remove(points.size() - 1);
                refresh();
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    @Override
    public void deactivate() {
        points.clear();
        subtract = false;
        preview.clear();
    }

    private boolean closesOutline(CanvasPointer pointer) {
        if (points.size() < 3) {
            return false;
        }
        Point first = points.get(0);
        double scale = model.viewport().scale();
        return Math.hypot(pointer.x() - first.x(), pointer.y() - first.y()) * scale <= CLOSE_DISTANCE;
    }

    private void close() {
        fill(List.copyOf(points), subtract, "history.polygon", "history.polygon.subtract");
        deactivate();
    }

    private void refresh() {
        if (points.isEmpty()) {
            preview.clear();
        } else {
            preview.show(points, pointerAt);
        }
    }
}
