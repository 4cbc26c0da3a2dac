package org.inpaintstudio.ui.mask;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.inpaintstudio.image.MaskPlane;
import org.inpaintstudio.ui.mask.PolygonRasterizer.Point;
import org.junit.jupiter.api.Test;

class PolygonRasterizerTest {
    @Test
    void anAxisAlignedSquareFillsExactlyItsPixels() {
        EditableMask mask = new EditableMask(new MaskPlane(50, 50));
        PolygonRasterizer.fill(
                mask, List.of(new Point(10, 10), new Point(20, 10), new Point(20, 30), new Point(10, 30)), true);
        assertEquals(10 * 20, mask.repairCount());
        assertTrue(mask.isRepair(10, 10) && mask.isRepair(19, 29));
        assertFalse(mask.isRepair(20, 10) || mask.isRepair(9, 15));
    }

    @Test
    void aTriangleMatchesPointInPolygonAtPixelCentres() {
        List<Point> triangle = List.of(new Point(3.2, 4.7), new Point(45.5, 12.1), new Point(20.3, 47.9));
        EditableMask mask = new EditableMask(new MaskPlane(50, 50));
        PolygonRasterizer.fill(mask, triangle, true);
        for (int y = 0; y < 50; y++) {
            for (int x = 0; x < 50; x++) {
                assertEquals(inside(triangle, x + 0.5, y + 0.5), mask.isRepair(x, y), x + "," + y);
            }
        }
    }

    @Test
    void aSelfCrossingLoopIsFilledWholeAndSubtractingClears() {
        // a figure eight drawn freehand: both lobes are filled (non-zero winding)
        List<Point> eight = List.of(new Point(0, 0), new Point(20, 20), new Point(20, 0), new Point(0, 20));
        EditableMask mask = new EditableMask(new MaskPlane(30, 30));
        PolygonRasterizer.fill(mask, eight, true);
        assertTrue(mask.isRepair(2, 10) && mask.isRepair(18, 10));
        PolygonRasterizer.fill(
                mask, List.of(new Point(0, 0), new Point(30, 0), new Point(30, 30), new Point(0, 30)), false);
        assertEquals(0, mask.repairCount());
    }

    private static boolean inside(List<Point> polygon, double x, double y) {
        boolean in = false;
        for (int i = 0, j = polygon.size() - 1; i < polygon.size(); j = i++) {
            Point a = polygon.get(i);
            Point b = polygon.get(j);
            if ((a.y() > y) != (b.y() > y) && x < (b.x() - a.x()) * (y - a.y()) / (b.y() - a.y()) + a.x()) {
                in = !in;
            }
        }
        return in;
    }
}
