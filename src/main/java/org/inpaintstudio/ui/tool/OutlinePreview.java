package org.inpaintstudio.ui.tool;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.scene.shape.Polyline;
import org.inpaintstudio.ui.editor.Viewport;
import org.inpaintstudio.ui.mask.PolygonRasterizer.Point;

/** The outline a lasso or polygon is drawing, in image coordinates, with a line as thin as at 100 % at any zoom. */
final class OutlinePreview {
    private final Polyline line = new Polyline();

    OutlinePreview(Viewport viewport) {
        line.getStyleClass().add("outline-preview");
        line.setMouseTransparent(true);
        line.strokeWidthProperty().bind(Bindings.divide(1.5, viewport.scaleProperty()));
    }

    Polyline node() {
        return line;
    }

    /** Shows the points, plus an open end at (endX, endY) when not null (the polygon's rubber band). */
    void show(List<Point> points, Point end) {
        Double[] coordinates = new Double[(points.size() + (end == null ? 0 : 1)) * 2];
        int i = 0;
        for (Point p : points) {
            coordinates[i++] = p.x();
            coordinates[i++] = p.y();
        }
        if (end != null) {
            coordinates[i++] = end.x();
            coordinates[i] = end.y();
        }
        line.getPoints().setAll(coordinates);
    }

    void clear() {
        line.getPoints().clear();
    }
}
