package org.inpaintstudio.ui.tool;

import java.util.List;
import javafx.scene.Cursor;
import javafx.scene.Node;
import org.inpaintstudio.ui.common.Messages;
import org.inpaintstudio.ui.editor.EditorViewModel;
import org.inpaintstudio.ui.mask.EditableMask;
import org.inpaintstudio.ui.mask.PolygonRasterizer;
import org.inpaintstudio.ui.mask.PolygonRasterizer.Point;

/** What the lasso and the polygon share: an outline shown while drawn, then filled as one edit (Alt subtracts). */
abstract class OutlineTool implements CanvasTool {
    final EditorViewModel model;
    final OutlinePreview preview;
    private final String hintKey;
    private Node options;

    OutlineTool(EditorViewModel model, String hintKey) {
        this.model = model;
        this.preview = new OutlinePreview(model.viewport());
        this.hintKey = hintKey;
    }

    @Override
    public Cursor cursor() {
        return Cursor.CROSSHAIR;
    }

    @Override
    public Node options() {
        if (options == null) {
            options = ToolOptions.hint(Messages.get(hintKey));
        }
        return options;
    }

    @Override
    public Node preview() {
        return preview.node();
    }

    /** Fills the closed outline into the mask and records it, under the add or subtract history name. */
    void fill(List<Point> outline, boolean subtract, String addKey, String subtractKey) {
        EditableMask mask = model.mask();
        if (mask == null || outline.size() < 3 || model.busyProperty().get()) {
            return;
        }
        mask.beginEdit();
        PolygonRasterizer.fill(mask, outline, !subtract);
        model.history().record(mask.endEdit(subtract ? subtractKey : addKey));
    }
}
