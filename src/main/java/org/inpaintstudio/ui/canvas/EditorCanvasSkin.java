package org.inpaintstudio.ui.canvas;

import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.control.SkinBase;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.stage.Window;
import org.inpaintstudio.ui.common.Messages;
import org.inpaintstudio.ui.editor.EditorViewModel;
import org.inpaintstudio.ui.editor.Viewport;
import org.inpaintstudio.ui.tool.CanvasTool;

/**
 * Lays out the canvas: a clipped surface holding the image-space layers (photo, mask tiles, tool outlines) under
 * one translate-and-scale, the view-space layers (rectangles, brush outline) above, and the two scrollbars.
 */
final class EditorCanvasSkin extends SkinBase<EditorCanvas> {
    /** Green, far from the mask's red, as sampling areas are shown in other editors. */
    static final Color SAMPLE_COLOR = Color.rgb(40, 190, 90);

    private final EditorViewModel model;
    private final Pane surface = new Pane();
    private final ImageView photo = new ImageView();
    private final MaskOverlay overlay;
    /** The sampling area, in its own colour under the mask. */
    private final MaskOverlay sampleOverlay;

    private final ScrollSync scroll;
    private final Label placeholder = new Label(Messages.get("editor.canvas.empty"));

    EditorCanvasSkin(EditorCanvas canvas) {
        super(canvas);
        model = canvas.model();
        Viewport viewport = model.viewport();
        overlay = new MaskOverlay(model.overlayOpacityProperty(), "mask-overlay");
        sampleOverlay = new MaskOverlay(model.overlayOpacityProperty(), "sample-overlay");
        sampleOverlay.setColor(SAMPLE_COLOR);
        scroll = new ScrollSync(model);

        photo.setId("canvas-image");
        photo.smoothProperty().bind(viewport.scaleProperty().lessThan(1));
        Group previews = new Group();
        for (CanvasTool tool : canvas.tools().all()) {
            if (tool.preview() != null) {
                previews.getChildren().add(tool.preview());
            }
        }
        Group imageSpace = new Group(photo, sampleOverlay, overlay, previews);
        ViewportTransform.bind(imageSpace, viewport);

        BrushCursor brush = new BrushCursor(model);
        placeholder.setId("canvas-placeholder");
        placeholder.getStyleClass().add("canvas-placeholder");
        placeholder.visibleProperty().bind(model.hasDocument().not());
        surface.setId("canvas-surface");
        surface.getStyleClass().add("canvas-surface");
        surface.getChildren()
                .addAll(imageSpace, new RectangleLayer(model, canvas.maskColorProperty()), brush, placeholder);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(surface.widthProperty());
        clip.heightProperty().bind(surface.heightProperty());
        surface.setClip(clip);
        getChildren().addAll(surface, scroll.horizontal(), scroll.vertical());

        model.documentProperty().addListener((obs, old, doc) -> photo.setImage(doc == null ? null : doc.image()));
        model.maskProperty().addListener((obs, old, mask) -> overlay.setMask(mask));
        model.samplingAreaProperty()
                .addListener((obs, old, area) -> sampleOverlay.setMask(area == null ? null : area.painted()));
        overlay.setColor(canvas.maskColorProperty().get());
        canvas.maskColorProperty().addListener((obs, old, tint) -> overlay.setColor(tint));
        new CanvasInput(model, canvas.tools(), surface, canvas, brush);
    }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        Window window = getSkinnable().getScene() == null
                ? null
                : getSkinnable().getScene().getWindow();
        if (window != null) {
            model.viewport().deviceScaleProperty().set(window.getOutputScaleX());
        }
        double barWidth = scroll.vertical().isVisible() ? scroll.vertical().prefWidth(-1) : 0;
        double barHeight = scroll.horizontal().isVisible() ? scroll.horizontal().prefHeight(-1) : 0;
        double viewWidth = Math.max(0, w - barWidth);
        double viewHeight = Math.max(0, h - barHeight);
        surface.resizeRelocate(x, y, viewWidth, viewHeight);
        Viewport viewport = model.viewport();
        if (viewport.viewWidth() != viewWidth || viewport.viewHeight() != viewHeight) {
            viewport.setViewSize(viewWidth, viewHeight);
            scroll.refresh();
        }
        scroll.vertical().resizeRelocate(x + viewWidth, y, barWidth, viewHeight);
        scroll.horizontal().resizeRelocate(x, y + viewHeight, viewWidth, barHeight);
        placeholder.autosize();
        placeholder.relocate(
                Math.round((viewWidth - placeholder.getWidth()) / 2),
                Math.round((viewHeight - placeholder.getHeight()) / 2));
    }
}
