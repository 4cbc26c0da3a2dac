package org.inpaintstudio.selection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.inpaintstudio.image.MaskPlane;
import org.inpaintstudio.work.CancellationToken;
import org.inpaintstudio.work.InpaintCancelledException;
import org.junit.jupiter.api.Test;

/** The magic wand: CIELAB tolerance, contiguous or global. */
class MagicWandTest {
    private static final int RED = 0xD02020;
    private static final int DARKER_RED = 0xC01C1C; // delta E about 4 from RED
    private static final int BLUE = 0x2030D0;

    /** 30 x 20: blue, with a red square at 2..9 and another at 20..27 (rows 5..12), a darker red pixel in the first. */
    private static RgbImage twoSquares() {
        int w = 30;
        int h = 20;
        int[] pixels = new int[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                boolean square = y >= 5 && y <= 12 && (x >= 2 && x <= 9 || x >= 20 && x <= 27);
                pixels[y * w + x] = square ? RED : BLUE;
            }
        }
        pixels[8 * w + 5] = DARKER_RED;
        return new RgbImage(w, h, pixels);
    }

    private static MaskPlane wand(RgbImage image, int x, int y, double tolerance, boolean contiguous) {
        return MagicWand.select(image, x, y, tolerance, contiguous, new CancellationToken());
    }

    @Test
    void contiguousSelectsTheClickedSquareOnly() {
        MaskPlane mask = wand(twoSquares(), 3, 6, 10, true);
        assertEquals(8 * 8, mask.repairCount());
        assertTrue(mask.isRepair(5, 8), "the slightly darker pixel is within tolerance 10");
        assertFalse(mask.isRepair(22, 8), "the other square is not connected");
        assertFalse(mask.isRepair(1, 6));
    }

    @Test
    void globalSelectsEverySimilarPixel() {
        MaskPlane mask = wand(twoSquares(), 3, 6, 10, false);
        assertEquals(2 * 8 * 8, mask.repairCount());
        assertTrue(mask.isRepair(22, 8));
    }

    @Test
    void aTightToleranceLeavesTheDarkerPixelOut() {
        MaskPlane mask = wand(twoSquares(), 3, 6, 1, true);
        assertFalse(mask.isRepair(5, 8));
        assertEquals(8 * 8 - 1, mask.repairCount());
    }

    @Test
    void theToleranceIsTheCieLabDistanceToTheClickedColour() {
        float[] red = new float[3];
        float[] darker = new float[3];
        CieLab.convert(RED, red, 0);
        CieLab.convert(DARKER_RED, darker, 0);
        double deltaE = Math.sqrt(
                Math.pow(red[0] - darker[0], 2) + Math.pow(red[1] - darker[1], 2) + Math.pow(red[2] - darker[2], 2));
        assertTrue(deltaE > 2 && deltaE < 8, "delta E " + deltaE);
        // click where the 3 x 3 sample holds red only
        assertTrue(wand(twoSquares(), 3, 11, deltaE + 0.05, true).isRepair(5, 8));
        assertFalse(wand(twoSquares(), 3, 11, deltaE - 0.05, true).isRepair(5, 8));
    }

    @Test
    void onAPhotoTheWandFollowsTheColourNotTheWholeImage() {
        RgbImage coffee = Composites.photo("coffee");
        MaskPlane mask = wand(coffee, 300, 30, 12, true);
        long count = mask.repairCount();
        assertTrue(count > 100 && count < coffee.area() / 2, "selected " + count);
        assertTrue(mask.isRepair(300, 30));
    }

    @Test
    void clicksOutsideAndBadTolerancesAreRefused() {
        RgbImage image = twoSquares();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> wand(image, 30, 0, 10, true));
        assertTrue(e.getMessage().contains("outside"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> wand(image, 0, 0, -1, true));
        assertThrows(IllegalArgumentException.class, () -> wand(image, 0, 0, Double.NaN, true));
    }

    @Test
    void aCancelledWandStops() {
        int[] flat = new int[1000 * 1000];
        CancellationToken cancel = new CancellationToken();
        cancel.cancel();
        assertThrows(
                InpaintCancelledException.class,
                () -> MagicWand.select(new RgbImage(1000, 1000, flat), 5, 5, 10, true, cancel));
        assertThrows(
                InpaintCancelledException.class,
                () -> MagicWand.select(new RgbImage(1000, 1000, flat), 5, 5, 10, false, cancel));
    }
}
