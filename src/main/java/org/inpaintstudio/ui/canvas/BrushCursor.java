package org.inpaintstudio.ui.canvas;

import javafx.scene.Group;
import javafx.scene.shape.Circle;
import org.inpaintstudio.ui.editor.EditorViewModel;

/**
 * The brush outline at its real size: the brush's diameter in image pixels times the zoom. Two rings, light and
 * dark, so it shows on any photo.
 */
final class BrushCursor extends Group {
    private final EditorViewModel model;
    private final Circle outer = new Circle();
    private final Circle inner = new Circle();
    private double viewX;
    private double viewY;

    BrushCursor(EditorViewModel model) {
        this.model = model;
        setId("brush-cursor");
        setMouseTransparent(true);
        setManaged(false);
        outer.getStyleClass().add("brush-cursor-outer");
        inner.getStyleClass().add("brush-cursor-inner");
        getChildren().addAll(outer, inner);
        setVisible(false);
        model.brushSizeProperty().addListener(obs -> update());
        model.viewport().scaleProperty().addListener(obs -> update());
    }

    void moveTo(double x, double y) {
        viewX = x;
        viewY = y;
        update();
    }

    private void update() {
        double r = Math.max(
                1, model.brushSizeProperty().get() / 2.0 * model.viewport().scale());
        for (Circle c : new Circle[] {outer, inner}) {
            c.setCenterX(viewX);
            c.setCenterY(viewY);
        }
        outer.setRadius(r);
        inner.setRadius(Math.max(0.5, r - 1));
    }
}
