package org.inpaintstudio.ui.tool;

import javafx.scene.Cursor;
import javafx.scene.Node;
import org.inpaintstudio.ui.editor.EditorViewModel;
import org.inpaintstudio.ui.mask.BrushRasterizer;
import org.inpaintstudio.ui.mask.EditableMask;
import org.inpaintstudio.ui.mask.MaskTileEdit;

/**
 * A round brush painting into the mask in image pixels: each drag event paints the capsule from the previous
 * position, so fast drags leave no gaps; the whole stroke is one edit on the history.
 */
abstract class StrokeTool implements CanvasTool {
    private final EditorViewModel model;
    private Node options;
    private EditableMask stroking;
    private boolean repairing;
    private double lastX;
    private double lastY;

    StrokeTool(EditorViewModel model) {
        this.model = model;
    }

    /** True for the brush (marks repair), false for the eraser (marks keep); fixed for a stroke when it starts. */
    abstract boolean paintsRepair(CanvasPointer start);

    /** The layer painted: the mask, unless a tool paints another one. */
    EditableMask target(EditorViewModel editor) {
        return editor.mask();
    }

    /** Options shown besides the brush size, or null. */
    Node extraOptions(EditorViewModel editor) {
        return null;
    }

    abstract String historyKey();

    @Override
    public Cursor cursor() {
        return Cursor.NONE; // the canvas draws the brush outline at its real size instead
    }

    @Override
    public Node options() {
        if (options == null) {
            Node size = ToolOptions.brushSize(model);
            Node extra = extraOptions(model);
            options = extra == null ? size : ToolOptions.row(size, extra);
        }
        return options;
    }

    @Override
    public void pressed(CanvasPointer pointer) {
        EditableMask mask = target(model);
        if (mask == null || model.busyProperty().get()) {
            return;
        }
        stroking = mask;
        repairing = paintsRepair(pointer);
        mask.beginEdit();
        lastX = pointer.x();
        lastY = pointer.y();
        BrushRasterizer.dab(mask, lastX, lastY, model.brushSizeProperty().get(), repairing);
        mask.flushChanges();
    }

    @Override
    public void dragged(CanvasPointer pointer) {
        if (stroking == null) {
            return;
        }
        BrushRasterizer.segment(
                stroking,
                lastX,
                lastY,
                pointer.x(),
                pointer.y(),
                model.brushSizeProperty().get(),
                repairing);
        lastX = pointer.x();
        lastY = pointer.y();
        stroking.flushChanges();
    }

    @Override
    public void released(CanvasPointer pointer) {
        if (stroking != null) {
            dragged(pointer);
            finish();
        }
    }

    @Override
    public void deactivate() {
        if (stroking != null) {
            finish();
        }
    }

    private void finish() {
        MaskTileEdit edit = stroking.endEdit(historyKey());
        boolean sameDocument = stroking == target(model);
        stroking = null;
        if (sameDocument) {
            model.history().record(edit);
        }
    }
}
