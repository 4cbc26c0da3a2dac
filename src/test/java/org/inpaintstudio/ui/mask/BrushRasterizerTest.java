package org.inpaintstudio.ui.mask;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.inpaintstudio.image.MaskPlane;
import org.junit.jupiter.api.Test;

class BrushRasterizerTest {
    @Test
    void matchesTheObviousPerPixelDistanceTestOnRandomSegments() {
        Random random = new Random(11);
        for (int round = 0; round < 200; round++) {
            double ax = random.nextDouble() * 120 - 10;
            double ay = random.nextDouble() * 90 - 10;
            double bx = random.nextBoolean() ? ax : random.nextDouble() * 120 - 10;
            double by = random.nextBoolean() ? ay : random.nextDouble() * 90 - 10;
            double diameter = 1 + random.nextDouble() * 30;
            EditableMask fast = new EditableMask(new MaskPlane(100, 70));
            BrushRasterizer.segment(fast, ax, ay, bx, by, diameter, true);
            int mismatches = 0;
            for (int y = 0; y < 70; y++) {
                for (int x = 0; x < 100; x++) {
                    double d = distanceToSegment(x + 0.5, y + 0.5, ax, ay, bx, by);
                    double r = Math.max(0.5, diameter / 2);
                    boolean expected = d <= r;
                    // pixels within a hair of the edge may go either way through rounding
                    if (Math.abs(d - r) > 1e-9 && expected != fast.isRepair(x, y)) {
                        mismatches++;
                    }
                }
            }
            assertEquals(0, mismatches, "round " + round);
        }
    }

    @Test
    void aFastDragLeavesNoGapBetweenItsEvents() {
        EditableMask mask = new EditableMask(new MaskPlane(1000, 100));
        BrushRasterizer.segment(mask, 5, 50, 995, 50, 4, true); // one event spanning almost the whole width
        for (int x = 5; x < 995; x++) {
            assertTrue(mask.isRepair(x, 50), "gap at x " + x);
        }
        assertEquals(0, countRow(mask, 10));
    }

    @Test
    void aDabCoversAboutTheAreaOfItsCircle() {
        EditableMask mask = new EditableMask(new MaskPlane(200, 200));
        BrushRasterizer.dab(mask, 100, 100, 60, true);
        double area = Math.PI * 30 * 30;
        assertEquals(area, mask.repairCount(), area * 0.02);
    }

    private static long countRow(EditableMask mask, int y) {
        long n = 0;
        for (int x = 0; x < mask.width(); x++) {
            n += mask.isRepair(x, y) ? 1 : 0;
        }
        return n;
    }

    static double distanceToSegment(double px, double py, double ax, double ay, double bx, double by) {
        double dx = bx - ax;
        double dy = by - ay;
        double lengthSquared = dx * dx + dy * dy;
        double t = lengthSquared == 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / lengthSquared));
        return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
    }
}
