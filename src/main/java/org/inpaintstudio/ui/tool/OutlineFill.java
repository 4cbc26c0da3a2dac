package org.inpaintstudio.ui.tool;

import java.util.List;
import org.inpaintstudio.ui.editor.EditorViewModel;
import org.inpaintstudio.ui.mask.EditableMask;
import org.inpaintstudio.ui.mask.PolygonRasterizer;
import org.inpaintstudio.ui.mask.PolygonRasterizer.Point;

/** Fills a closed outline into the mask as one edit: adding, or with Alt subtracting. */
final class OutlineFill {
    private OutlineFill() {
    }

    static void apply(EditorViewModel model, List<Point> outline, boolean subtract, String addKey,
                      String subtractKey) {
        EditableMask mask = model.mask();
        if (mask == null || outline.size() < 3 || model.busyProperty().get()) {
            return;
        }
        mask.beginEdit();
        PolygonRasterizer.fill(mask, outline, !subtract);
        model.history().record(mask.endEdit(subtract ? subtractKey : addKey));
    }
}
