package org.inpaintstudio.ui.editor;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.SimpleDoubleProperty;

/**
 * How the image sits in the canvas: a scale (view pixels per image pixel) and the view position of the image's
 * top-left corner. All zooming and panning goes through here; the canvas only draws what it says.
 */
public final class Viewport {
    public static final double MIN_SCALE = 0.02;
    public static final double MAX_SCALE = 32;
    private static final double STEP = 1.25;
    /** How far (view pixels) the image may be panned past the view's edge, to reach rectangles on the border. */
    public static final double MARGIN = 48;

    private final ReadOnlyDoubleWrapper scale = new ReadOnlyDoubleWrapper(this, "scale", 1);
    private final ReadOnlyDoubleWrapper offsetX = new ReadOnlyDoubleWrapper(this, "offsetX");
    private final ReadOnlyDoubleWrapper offsetY = new ReadOnlyDoubleWrapper(this, "offsetY");
    /** Device pixels per view pixel (2 on a typical HiDPI screen); "actual pixels" means one image pixel per device pixel. */
    private final DoubleProperty deviceScale = new SimpleDoubleProperty(this, "deviceScale", 1);

    private double viewWidth;
    private double viewHeight;
    private double imageWidth;
    private double imageHeight;
    private boolean fitted = true;

    public ReadOnlyDoubleProperty scaleProperty() {
        return scale.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty offsetXProperty() {
        return offsetX.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty offsetYProperty() {
        return offsetY.getReadOnlyProperty();
    }

    public DoubleProperty deviceScaleProperty() {
        return deviceScale;
    }

    public double scale() {
        return scale.get();
    }

    public double offsetX() {
        return offsetX.get();
    }

    public double offsetY() {
        return offsetY.get();
    }

    public double viewWidth() {
        return viewWidth;
    }

    public double viewHeight() {
        return viewHeight;
    }

    /** Zoom as a share of actual pixels: 1.0 shows one image pixel per device pixel. */
    public double zoom() {
        return scale() * deviceScale.get();
    }

    /** A new image: shown whole. */
    public void setImageSize(double width, double height) {
        imageWidth = width;
        imageHeight = height;
        fit();
    }

    /** The canvas was resized; a fitted image stays fitted, otherwise the view keeps its place. */
    public void setViewSize(double width, double height) {
        viewWidth = width;
        viewHeight = height;
        if (fitted) {
            fit();
        } else {
            clamp();
        }
    }

    public void fit() {
        fitted = true;
        if (imageWidth <= 0 || imageHeight <= 0 || viewWidth <= 0 || viewHeight <= 0) {
            return;
        }
        double s = Math.min(viewWidth / imageWidth, viewHeight / imageHeight);
        scale.set(Math.max(MIN_SCALE, Math.min(MAX_SCALE, s)));
        clamp();
    }

    public void actualPixels() {
        zoomAround(1 / deviceScale.get(), viewWidth / 2, viewHeight / 2);
    }

    public void zoomIn() {
        zoomAround(scale() * STEP, viewWidth / 2, viewHeight / 2);
    }

    public void zoomOut() {
        zoomAround(scale() / STEP, viewWidth / 2, viewHeight / 2);
    }

    /** Zooms by wheel notches (positive = in) keeping the image point under (viewX, viewY) where it is. */
    public void zoomByWheel(double notches, double viewX, double viewY) {
        zoomAround(scale() * Math.pow(STEP, notches), viewX, viewY);
    }

    public void zoomAround(double newScale, double viewX, double viewY) {
        double s = Math.max(MIN_SCALE, Math.min(MAX_SCALE, newScale));
        double imageX = toImageX(viewX);
        double imageY = toImageY(viewY);
        fitted = false;
        scale.set(s);
        offsetX.set(viewX - imageX * s);
        offsetY.set(viewY - imageY * s);
        clamp();
    }

    public void panBy(double dx, double dy) {
        fitted = false;
        offsetX.set(offsetX() + dx);
        offsetY.set(offsetY() + dy);
        clamp();
    }

    /** Places the image so that its left/top edge is at the given view offset (scrollbars). */
    public void scrollTo(double x, double y) {
        fitted = false;
        offsetX.set(x);
        offsetY.set(y);
        clamp();
    }

    public double toImageX(double viewX) {
        return (viewX - offsetX()) / scale();
    }

    public double toImageY(double viewY) {
        return (viewY - offsetY()) / scale();
    }

    public double toViewX(double imageX) {
        return imageX * scale() + offsetX();
    }

    public double toViewY(double imageY) {
        return imageY * scale() + offsetY();
    }

    /** Centred when the image is smaller than the view; otherwise no further past the edges than the margin. */
    private void clamp() {
        offsetX.set(clampAxis(offsetX(), viewWidth, imageWidth * scale()));
        offsetY.set(clampAxis(offsetY(), viewHeight, imageHeight * scale()));
    }

    private static double clampAxis(double offset, double view, double content) {
        if (content <= view) {
            return Math.round((view - content) / 2);
        }
        return Math.max(view - content - MARGIN, Math.min(MARGIN, offset));
    }
}
