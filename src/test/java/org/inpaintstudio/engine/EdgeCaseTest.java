package org.inpaintstudio.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import org.inpaintstudio.image.MaskPlane;
import org.inpaintstudio.image.MaskRectangle;
import org.inpaintstudio.work.CancellationToken;
import org.inpaintstudio.work.ProgressListener;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Masks on the border, single pixels, nearly everything, and images too small for a patch. */
class EdgeCaseTest {
    private static BufferedImage run(InpaintMethod method, BufferedImage image, MaskPlane mask) {
        BufferedImage result =
                Inpainters.create(method, 4).inpaint(image, mask, ProgressListener.NONE, new CancellationToken());
        assertEquals(image.getWidth(), result.getWidth());
        assertEquals(image.getHeight(), result.getHeight());
        TestImages.assertSameOutsideMask(image, result, mask);
        return result;
    }

    @ParameterizedTest
    @EnumSource(InpaintMethod.class)
    void aMaskTouchingEveryBorderIsFilledFromTheInside(InpaintMethod method) {
        BufferedImage image = TestImages.texture(80, 60, BufferedImage.TYPE_INT_RGB, 1);
        MaskPlane mask = new MaskPlane(80, 60);
        mask.fill(new MaskRectangle(0, 0, 12, 60), true);
        mask.fill(new MaskRectangle(60, 50, 20, 10), true);
        mask.fill(new MaskRectangle(30, 0, 8, 5), true);
        BufferedImage result = run(method, image, mask);

        assertPlausible(result, mask);
    }

    @ParameterizedTest
    @EnumSource(InpaintMethod.class)
    void aSinglePixelTakesItsNeighboursColour(InpaintMethod method) {
        BufferedImage image = new BufferedImage(20, 20, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 20; y++) {
            for (int x = 0; x < 20; x++) {
                image.setRGB(x, y, 0x336699);
            }
        }
        image.setRGB(7, 9, 0xff0000);
        MaskPlane mask = new MaskPlane(20, 20);
        mask.set(7, 9, true);

        assertEquals(0x336699, run(method, image, mask).getRGB(7, 9) & 0xffffff);
    }

    @ParameterizedTest
    @EnumSource(InpaintMethod.class)
    void aMaskOverNinetyFivePercentStillGivesAFill(InpaintMethod method) {
        BufferedImage image = TestImages.texture(64, 64, BufferedImage.TYPE_INT_RGB, 2);
        MaskPlane mask = new MaskPlane(64, 64);
        mask.fill(new MaskRectangle(0, 0, 64, 64), true);
        mask.fill(new MaskRectangle(0, 0, 14, 14), false);

        assertPlausible(run(method, image, mask), mask);
    }

    @ParameterizedTest
    @EnumSource(InpaintMethod.class)
    void tinyImagesWork(InpaintMethod method) {
        BufferedImage one = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        one.setRGB(0, 0, 0x123456);
        run(method, one, new MaskPlane(1, 1));
        MaskPlane all = new MaskPlane(1, 1);
        all.set(0, 0, true);
        run(method, one, all);

        BufferedImage small = new BufferedImage(2, 3, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 3; y++) {
            for (int x = 0; x < 2; x++) {
                small.setRGB(x, y, 0x808080);
            }
        }
        MaskPlane corner = new MaskPlane(2, 3);
        corner.set(1, 2, true);
        assertEquals(0x808080, run(method, small, corner).getRGB(1, 2) & 0xffffff);
    }

    /** Filled pixels stay within the range of colours of the known ones (no black holes, no wild values). */
    private static void assertPlausible(BufferedImage result, MaskPlane mask) {
        int min = 255;
        int max = 0;
        for (int y = 0; y < result.getHeight(); y++) {
            for (int x = 0; x < result.getWidth(); x++) {
                if (!mask.isRepair(x, y)) {
                    int g = (result.getRGB(x, y) >> 8) & 0xff;
                    min = Math.min(min, g);
                    max = Math.max(max, g);
                }
            }
        }
        for (int y = 0; y < result.getHeight(); y++) {
            for (int x = 0; x < result.getWidth(); x++) {
                if (mask.isRepair(x, y)) {
                    int g = (result.getRGB(x, y) >> 8) & 0xff;
                    assertTrue(
                            g >= min - 16 && g <= max + 16,
                            "green " + g + " at " + x + "," + y + " outside the known range " + min + ".." + max);
                }
            }
        }
    }
}
