package org.inpaintstudio.ui.result;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.geometry.Rectangle2D;
import org.inpaintstudio.image.MaskPlane;
import org.inpaintstudio.image.MaskRectangle;
import org.junit.jupiter.api.Test;

class VariantThumbnailsTest {
    @Test
    void repairBoundsAreTheTightBoxOfTheMarkedPixels() {
        MaskPlane mask = new MaskPlane(50, 40);
        assertNull(mask.repairBounds());
        mask.set(10, 5, true);
        mask.set(20, 30, true);
        assertEquals(new MaskRectangle(10, 5, 11, 26), mask.repairBounds());
    }

    @Test
    void theCloseUpHoldsTheFillWithAMarginInTheThumbnailsShapeInsideThePhoto() {
        MaskPlane mask = new MaskPlane(1000, 800);
        mask.fill(new MaskRectangle(400, 300, 100, 40), true);
        Rectangle2D view = VariantThumbnails.around(mask, 1000, 800);
        assertTrue(view.contains(400 - 24, 300 - 24, 100 + 48, 40 + 48), view.toString());
        assertEquals(VariantThumbnails.WIDTH / VariantThumbnails.HEIGHT, view.getWidth() / view.getHeight(), 1e-9);
        assertEquals(450, view.getMinX() + view.getWidth() / 2, 1e-9, "centred on the fill");
    }

    @Test
    void aFillAtTheEdgeKeepsTheCloseUpInsideThePhoto() {
        MaskPlane mask = new MaskPlane(300, 200);
        mask.fill(new MaskRectangle(280, 0, 20, 30), true);
        Rectangle2D view = VariantThumbnails.around(mask, 300, 200);
        assertTrue(view.getMinX() >= 0 && view.getMinY() >= 0, view.toString());
        assertTrue(view.getMaxX() <= 300 && view.getMaxY() <= 200, view.toString());
        assertTrue(view.contains(280, 0, 20, 30), view.toString());
    }
}
