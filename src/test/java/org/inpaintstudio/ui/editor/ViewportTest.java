package org.inpaintstudio.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ViewportTest {
    private final Viewport viewport = new Viewport();

    @Test
    void fitShowsTheWholeImageCentred() {
        viewport.setViewSize(800, 600);
        viewport.setImageSize(4000, 2000);
        assertEquals(0.2, viewport.scale(), 1e-9);
        assertEquals(0, viewport.offsetX(), 1e-9);
        assertEquals(100, viewport.offsetY(), 1e-9);
    }

    @Test
    void wheelZoomKeepsThePointUnderThePointer() {
        viewport.setViewSize(800, 600);
        viewport.setImageSize(4000, 2000);
        double imageX = viewport.toImageX(300);
        double imageY = viewport.toImageY(250);
        viewport.zoomByWheel(3, 300, 250);
        assertEquals(0.2 * Math.pow(1.25, 3), viewport.scale(), 1e-9);
        assertEquals(imageX, viewport.toImageX(300), 1e-9);
        assertEquals(imageY, viewport.toImageY(250), 1e-9);
    }

    @Test
    void actualPixelsMeansOneImagePixelPerDevicePixel() {
        viewport.setViewSize(800, 600);
        viewport.setImageSize(4000, 2000);
        viewport.deviceScaleProperty().set(2);
        viewport.actualPixels();
        assertEquals(0.5, viewport.scale(), 1e-9);
        assertEquals(1.0, viewport.zoom(), 1e-9);
    }

    @Test
    void panningStopsAMarginPastTheEdges() {
        viewport.setViewSize(800, 600);
        viewport.setImageSize(4000, 2000);
        viewport.zoomAround(1, 400, 300);
        viewport.panBy(100_000, -100_000);
        assertEquals(Viewport.MARGIN, viewport.offsetX(), 1e-9);
        assertEquals(600 - 2000 - Viewport.MARGIN, viewport.offsetY(), 1e-9);
    }

    @Test
    void aFittedImageStaysFittedWhenTheWindowResizes() {
        viewport.setViewSize(800, 600);
        viewport.setImageSize(400, 400);
        viewport.setViewSize(400, 200);
        assertEquals(0.5, viewport.scale(), 1e-9);
    }
}
