package org.inpaintstudio.ui.canvas;

import java.util.Locale;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import org.inpaintstudio.image.MaskRectangle;
import org.inpaintstudio.ui.editor.EditorViewModel;
import org.inpaintstudio.ui.editor.RectangleList;
import org.inpaintstudio.ui.editor.Viewport;
import org.inpaintstudio.ui.tool.RectangleHandle;

/**
 * The rectangles in view coordinates, so their outlines and handles keep the same size at any zoom: filled with
 * the mask tint, outlined, and the selected one with eight handles. At most 50, so it is simply rebuilt on change.
 */
final class RectangleLayer extends Pane {
    private static final double HANDLE = 8;

    private final EditorViewModel model;
    private final ObjectProperty<Color> tint;

    RectangleLayer(EditorViewModel model, ObjectProperty<Color> tint) {
        this.model = model;
        this.tint = tint;
        setId("rectangle-layer");
        setMouseTransparent(true);
        setManaged(false);
        InvalidationListener rebuild = obs -> rebuild();
        Viewport viewport = model.viewport();
        RectangleList rectangles = model.rectangles();
        rectangles.items().addListener(rebuild);
        rectangles.selectedProperty().addListener(rebuild);
        viewport.scaleProperty().addListener(rebuild);
        viewport.offsetXProperty().addListener(rebuild);
        viewport.offsetYProperty().addListener(rebuild);
        model.overlayOpacityProperty().addListener(rebuild);
        tint.addListener(rebuild);
    }

    private void rebuild() {
        ObservableList<Node> children = getChildren();
        children.clear();
        RectangleList rectangles = model.rectangles();
        Color fill =
                tint.get().deriveColor(0, 1, 1, model.overlayOpacityProperty().get());
        for (int i = 0; i < rectangles.items().size(); i++) {
            MaskRectangle r = rectangles.items().get(i);
            Rectangle area = outline(r);
            area.setFill(fill);
            // the outline is its own shape so that its shadow does not darken the tinted area
            Rectangle border = outline(r);
            border.setId("mask-rectangle-" + i);
            border.getStyleClass().add("mask-rectangle");
            if (i == rectangles.selected()) {
                border.getStyleClass().add("selected");
            }
            children.addAll(area, border);
        }
        MaskRectangle selected = rectangles.selectedRectangle();
        if (selected != null) {
            for (RectangleHandle handle : RectangleHandle.values()) {
                children.add(handle(handle, selected));
            }
        }
    }

    private Rectangle outline(MaskRectangle r) {
        Viewport v = model.viewport();
        double x0 = snap(v.toViewX(r.x()));
        double y0 = snap(v.toViewY(r.y()));
        double x1 = snap(v.toViewX(r.x() + r.width()));
        double y1 = snap(v.toViewY(r.y() + r.height()));
        return new Rectangle(x0, y0, Math.max(1, x1 - x0), Math.max(1, y1 - y0));
    }

    private Rectangle handle(RectangleHandle handle, MaskRectangle r) {
        Viewport v = model.viewport();
        double cx = Math.round(v.toViewX(handle.x(r)));
        double cy = Math.round(v.toViewY(handle.y(r)));
        Rectangle shape = new Rectangle(cx - HANDLE / 2 + 0.5, cy - HANDLE / 2 + 0.5, HANDLE - 1, HANDLE - 1);
        shape.getStyleClass().add("rectangle-handle");
        shape.setId("rectangle-handle-" + handle.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        return shape;
    }

    /** Half-pixel positions keep one-pixel outlines crisp. */
    private static double snap(double v) {
        return Math.floor(v) + 0.5;
    }
}
