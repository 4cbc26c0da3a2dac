package org.inpaintstudio.ui.tool;

import java.util.ArrayList;
import java.util.List;
import org.inpaintstudio.ui.editor.EditorViewModel;
import org.inpaintstudio.ui.editor.ToolKind;
import org.inpaintstudio.ui.mask.PolygonRasterizer.Point;

/** Freehand closed outline: drag around an object, release to fill it (Alt subtracts). */
public final class LassoTool extends OutlineTool {
    /** Points closer than this (view pixels) to the previous one are skipped. */
    private static final double MIN_STEP = 1.5;

    private final List<Point> points = new ArrayList<>();
    private boolean subtract;
    private double lastViewX;
    private double lastViewY;

    public LassoTool(EditorViewModel model) {
        super(model, "editor.lasso.hint");
    }

    @Override
    public ToolKind kind() {
        return ToolKind.LASSO;
    }

    @Override
    public void pressed(CanvasPointer pointer) {
        points.clear();
        subtract = pointer.alt();
        add(pointer);
    }

    @Override
    public void dragged(CanvasPointer pointer) {
        if (!points.isEmpty() && Math.hypot(pointer.viewX() - lastViewX, pointer.viewY() - lastViewY) >= MIN_STEP) {
            add(pointer);
        }
    }

    @Override
    public void released(CanvasPointer pointer) {
        if (points.isEmpty()) {
            return;
        }
        add(pointer);
        fill(List.copyOf(points), subtract || pointer.alt(), "history.lasso", "history.lasso.subtract");
        deactivate();
    }

    @Override
    public void deactivate() {
        points.clear();
        preview.clear();
    }

    private void add(CanvasPointer pointer) {
        points.add(new Point(pointer.x(), pointer.y()));
        lastViewX = pointer.viewX();
        lastViewY = pointer.viewY();
        preview.show(points, null);
    }
}
