package org.inpaintstudio.selection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.inpaintstudio.image.MaskPlane;
import org.inpaintstudio.image.MaskRectangle;
import org.inpaintstudio.work.CancellationToken;
import org.inpaintstudio.work.InpaintCancelledException;
import org.inpaintstudio.work.ProgressListener;
import org.junit.jupiter.api.Test;

/** Select object on composites of real photos: the mask must match the pasted shape. */
class ObjectSelectorTest {
    private static MaskPlane select(Composites.Scene scene, MaskRectangle rect, SelectionHints hints, int grow) {
        return ObjectSelector.select(scene.image(), rect, hints, grow, new CancellationToken(), ProgressListener.NONE);
    }

    @Test
    void theCoffeeCupPastedOnBricksIsSelectedWithIouAbove09() {
        Composites.Scene scene = Composites.paste("coffee", "brick");
        MaskPlane mask = select(scene, scene.dragged(12), null, 0);
        double iou = Composites.iou(mask, scene.truth());
        System.out.printf("coffee on brick: IoU %.3f%n", iou);
        assertTrue(iou >= 0.9, "IoU " + iou);
    }

    @Test
    void bricksPastedOnTheCoffeeTableAreSelectedWithIouAbove09() {
        Composites.Scene scene = Composites.paste("brick", "coffee");
        MaskPlane mask = select(scene, scene.dragged(12), null, 0);
        double iou = Composites.iou(mask, scene.truth());
        System.out.printf("brick on coffee: IoU %.3f%n", iou);
        assertTrue(iou >= 0.9, "IoU " + iou);
    }

    @Test
    void aLargePhotoIsSegmentedReducedAndKeepsItsEdgeAtFullSize() {
        Composites.Scene scene = Composites.enlarged(Composites.paste("coffee", "brick"), 4); // 2400 x 1600
        MaskPlane mask = select(scene, scene.dragged(48), null, 0);
        double iou = Composites.iou(mask, scene.truth());
        System.out.printf("coffee on brick x4: IoU %.3f%n", iou);
        assertTrue(iou >= 0.9, "IoU " + iou);
    }

    @Test
    void growAddsAFrameOfThatManyPixelsAndNothingFarther() {
        Composites.Scene scene = Composites.paste("coffee", "brick");
        MaskPlane tight = select(scene, scene.dragged(12), null, 0);
        MaskPlane grown = select(scene, scene.dragged(12), null, ObjectSelector.DEFAULT_GROW);
        int w = tight.width();
        for (int y = 0; y < tight.height(); y++) {
            for (int x = 0; x < w; x++) {
                if (tight.isRepair(x, y)) {
                    assertTrue(grown.isRepair(x, y), "grown keeps " + x + "," + y);
                }
            }
        }
        // every pixel 6 px right of the rightmost tight pixel of a row is in, 8 px right is out
        int rows = 0;
        for (int y = 0; y < tight.height(); y++) {
            int right = -1;
            for (int x = 0; x < w; x++) {
                if (tight.isRepair(x, y)) {
                    right = x;
                }
            }
            if (right >= 0 && right + 8 < w && !anyWithin(tight, right + 8, y, 7)) {
                assertTrue(grown.isRepair(right + 6, y), "6 px out at row " + y);
                assertFalse(grown.isRepair(right + 8, y), "8 px out at row " + y);
                rows++;
            }
        }
        assertTrue(rows > 10, "rows checked: " + rows);
    }

    @Test
    void aBackgroundStrokeTakesAPartOut() {
        Composites.Scene scene = Composites.paste("coffee", "brick");
        MaskRectangle rect = scene.dragged(12);
        MaskPlane before = select(scene, rect, null, 0);
        int cx = scene.bounds().x() + scene.bounds().width() / 2;
        int cy = scene.bounds().y() + scene.bounds().height() / 2;
        assertTrue(before.isRepair(cx, cy));
        SelectionHints hints =
                new SelectionHints(scene.image().width(), scene.image().height());
        hints.stroke(cx - 20, cy, cx + 20, cy, 6, SelectionHints.BACKGROUND);
        MaskPlane after = select(scene, rect, hints, 0);
        assertFalse(after.isRepair(cx, cy), "the stroked pixels are background now");
        assertFalse(after.isRepair(cx + 20, cy));
        assertTrue(after.repairCount() < before.repairCount());
    }

    @Test
    void anObjectStrokeBringsInWhatTheCutLeftOut() {
        Composites.Scene scene = Composites.paste("coffee", "brick");
        MaskRectangle rect = scene.dragged(12);
        SelectionHints hints =
                new SelectionHints(scene.image().width(), scene.image().height());
        // a stroke on bricks inside the rectangle but outside the cup: it must be selected now
        int x = rect.x() + 3;
        int y = rect.y() + 3;
        hints.stroke(x, y, x + 6, y, 2, SelectionHints.OBJECT);
        MaskPlane mask = select(scene, rect, hints, 0);
        assertTrue(mask.isRepair(x + 3, y));
    }

    @Test
    void progressRisesToOneAndCancelStopsTheWork() {
        Composites.Scene scene = Composites.paste("coffee", "brick");
        List<Double> seen = new ArrayList<>();
        ObjectSelector.select(scene.image(), scene.dragged(12), null, 6, new CancellationToken(), seen::add);
        for (int i = 1; i < seen.size(); i++) {
            assertTrue(seen.get(i) >= seen.get(i - 1), "progress never goes back: " + seen);
        }
        assertEquals(1.0, seen.get(seen.size() - 1), 1e-9);

        CancellationToken cancel = new CancellationToken();
        assertThrows(
                InpaintCancelledException.class,
                () -> ObjectSelector.select(scene.image(), scene.dragged(12), null, 6, cancel, f -> cancel.cancel()));
    }

    @Test
    void badRectanglesAreRefusedWithTheReason() {
        RgbImage image = new RgbImage(50, 40, new int[50 * 40]);
        IllegalArgumentException outside = assertThrows(
                IllegalArgumentException.class,
                () -> ObjectSelector.select(
                        image,
                        new MaskRectangle(60, 10, 20, 20),
                        null,
                        0,
                        new CancellationToken(),
                        ProgressListener.NONE));
        assertTrue(outside.getMessage().contains("50 x 40 image"), outside.getMessage());
        assertThrows(
                IllegalArgumentException.class,
                () -> ObjectSelector.select(
                        image,
                        new MaskRectangle(10, 10, 2, 20),
                        null,
                        0,
                        new CancellationToken(),
                        ProgressListener.NONE));
        assertThrows(
                IllegalArgumentException.class,
                () -> ObjectSelector.select(
                        image,
                        new MaskRectangle(10, 10, 20, 20),
                        null,
                        -1,
                        new CancellationToken(),
                        ProgressListener.NONE));
    }

    @Test
    void aFlatImageHasNoObjectToFind() {
        int[] grey = new int[80 * 60];
        java.util.Arrays.fill(grey, 0x808080);
        MaskPlane mask = ObjectSelector.select(
                new RgbImage(80, 60, grey),
                new MaskRectangle(20, 15, 40, 30),
                null,
                0,
                new CancellationToken(),
                ProgressListener.NONE);
        assertTrue(mask.repairCount() < 40 * 30, "not the whole rectangle: " + mask.repairCount());
    }

    private static boolean anyWithin(MaskPlane mask, int cx, int cy, int radius) {
        for (int y = Math.max(0, cy - radius); y <= Math.min(mask.height() - 1, cy + radius); y++) {
            for (int x = Math.max(0, cx - radius); x <= Math.min(mask.width() - 1, cx + radius); x++) {
                if ((x - cx) * (x - cx) + (y - cy) * (y - cy) <= radius * radius && mask.isRepair(x, y)) {
                    return true;
                }
            }
        }
        return false;
    }
}
