package org.inpaintstudio.ui.compare;

import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.control.SkinBase;
import javafx.scene.image.ImageView;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import org.inpaintstudio.ui.canvas.ViewportTransform;
import org.inpaintstudio.ui.common.Messages;
import org.inpaintstudio.ui.editor.Viewport;

/**
 * Draws the compare view: both images under the viewport's transform, the result clipped to the right of the
 * divider, the divider with its grip, and a label over each side. Dragging the divider moves it; dragging elsewhere
 * pans and the wheel zooms, through the shared viewport.
 */
final class CompareViewSkin extends SkinBase<CompareView> {
    /** How close (view pixels) to the divider a press grabs it. */
    private static final double GRAB = 10;

    private static final double WHEEL_NOTCH = 40;
    private static final double LABEL_MARGIN = 12;

    private final Pane surface = new Pane();
    private final Pane afterLayer = new Pane();
    private final Rectangle afterClip = new Rectangle();
    private final Line line = new Line();
    private final StackPane grip = new StackPane();
    private final Label beforeLabel = new Label();
    private final Label afterLabel = new Label(Messages.get("compare.after"));
    private double lastX;
    private double lastY;
    private boolean draggingDivider;

    CompareViewSkin(CompareView view) {
        super(view);
        Viewport viewport = view.viewport();
        ImageView before = imageView("compare-before-image", view);
        before.imageProperty().bind(view.beforeProperty());
        ImageView after = imageView("compare-after-image", view);
        after.imageProperty().bind(view.afterProperty());
        afterLayer.getChildren().add(transformed(after, viewport));
        afterLayer.setClip(afterClip);
        afterLayer.visibleProperty().bind(view.showOriginalProperty().not());

        line.getStyleClass().add("compare-divider-line");
        grip.setId("compare-divider");
        grip.getStyleClass().add("compare-divider-grip");
        grip.getChildren().add(new Label("\u25c0\u25b6"));
        grip.visibleProperty().bind(view.showOriginalProperty().not());
        line.visibleProperty().bind(view.showOriginalProperty().not());
        beforeLabel.setId("compare-before-label");
        afterLabel.setId("compare-after-label");
        afterLabel.visibleProperty().bind(view.showOriginalProperty().not());
        for (Label label : new Label[] {beforeLabel, afterLabel}) {
            label.getStyleClass().add("compare-label");
            label.setAlignment(Pos.CENTER);
        }
        updateBeforeLabel();
        view.showOriginalProperty().addListener(obs -> updateBeforeLabel());

        surface.getStyleClass().add("compare-surface");
        surface.getChildren().addAll(transformed(before, viewport), afterLayer, line, grip, beforeLabel, afterLabel);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(surface.widthProperty());
        clip.heightProperty().bind(surface.heightProperty());
        surface.setClip(clip);
        getChildren().add(surface);

        view.dividerProperty().addListener(obs -> view.requestLayout());
        surface.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        surface.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        surface.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> draggingDivider = false);
        surface.addEventHandler(
                MouseEvent.MOUSE_MOVED,
                e -> surface.setCursor(nearDivider(e.getX()) ? Cursor.H_RESIZE : Cursor.OPEN_HAND));
        surface.addEventHandler(ScrollEvent.SCROLL, e -> {
            double multiplier = e.getMultiplierY() > 0 ? e.getMultiplierY() : WHEEL_NOTCH;
            viewport.zoomByWheel(e.getDeltaY() / multiplier, e.getX(), e.getY());
            e.consume();
        });
    }

    private static ImageView imageView(String id, CompareView view) {
        ImageView image = new ImageView();
        image.setId(id);
        image.smoothProperty().bind(view.viewport().scaleProperty().lessThan(1));
        return image;
    }

    /** The image placed and scaled as the editor's canvas places it. */
    private static Group transformed(ImageView image, Viewport viewport) {
        Group group = new Group(image);
        ViewportTransform.bind(group, viewport);
        return group;
    }

    private void updateBeforeLabel() {
        beforeLabel.setText(
                Messages.get(getSkinnable().showOriginalProperty().get() ? "compare.original" : "compare.before"));
    }

    private double dividerX() {
        return Math.round(getSkinnable().dividerProperty().get() * surface.getWidth());
    }

    private boolean nearDivider(double x) {
        return Math.abs(x - dividerX()) <= GRAB;
    }

    private void pressed(MouseEvent e) {
        getSkinnable().requestFocus();
        draggingDivider = nearDivider(e.getX()) || grip.getBoundsInParent().contains(e.getX(), e.getY());
        lastX = e.getX();
        lastY = e.getY();
        surface.setCursor(draggingDivider ? Cursor.H_RESIZE : Cursor.CLOSED_HAND);
        e.consume();
    }

    private void dragged(MouseEvent e) {
        if (draggingDivider) {
            getSkinnable().dividerProperty().set(e.getX() / Math.max(1, surface.getWidth()));
        } else {
            getSkinnable().viewport().panBy(e.getX() - lastX, e.getY() - lastY);
        }
        lastX = e.getX();
        lastY = e.getY();
        e.consume();
    }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        surface.resizeRelocate(x, y, w, h);
        double divider = Math.round(getSkinnable().dividerProperty().get() * w);
        afterClip.setX(divider);
        afterClip.setWidth(Math.max(0, w - divider));
        afterClip.setHeight(h);
        line.setStartX(divider + 0.5);
        line.setEndX(divider + 0.5);
        line.setStartY(0);
        line.setEndY(h);
        grip.autosize();
        grip.relocate(Math.round(divider - grip.getWidth() / 2), Math.round((h - grip.getHeight()) / 2));
        beforeLabel.autosize();
        afterLabel.autosize();
        beforeLabel.relocate(LABEL_MARGIN, LABEL_MARGIN);
        afterLabel.relocate(Math.round(w - afterLabel.getWidth() - LABEL_MARGIN), LABEL_MARGIN);
    }
}
