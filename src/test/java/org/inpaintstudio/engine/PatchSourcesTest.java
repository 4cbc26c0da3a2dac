package org.inpaintstudio.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.Random;
import org.inpaintstudio.image.MaskPlane;
import org.inpaintstudio.image.TwoHalves;
import org.inpaintstudio.work.CancellationToken;
import org.inpaintstudio.work.ProgressListener;
import org.junit.jupiter.api.Test;

/**
 * Where the patch fill may copy from: only the caller's sampling area when one is given, never the halo right
 * around the hole, and along the photo's dominant offsets in a regular scene.
 */
class PatchSourcesTest {
    private static final int W = 160;
    private static final int H = 120;

    /** Left half a reddish texture, right half a bluish one; the hole straddles the middle. */
    private static BufferedImage twoHalves() {
        return TwoHalves.of(W, H, 7);
    }

    private static MaskPlane box(int x0, int y0, int x1, int y1) {
        MaskPlane mask = new MaskPlane(W, H);
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                mask.set(x, y, true);
            }
        }
        return mask;
    }

    private static MaskPlane columns(int x0, int x1) {
        return box(x0, 0, x1, H);
    }

    /** Share of the hole's pixels whose red exceeds their blue. */
    private static double redShare(BufferedImage image, MaskPlane hole) {
        long red = 0;
        long all = 0;
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                if (hole.isRepair(x, y)) {
                    int c = image.getRGB(x, y);
                    red += ((c >> 16) & 0xff) > (c & 0xff) ? 1 : 0;
                    all++;
                }
            }
        }
        return (double) red / all;
    }

    @Test
    void theSamplingAreaDecidesWhichHalfTheFillComesFrom() {
        BufferedImage image = twoHalves();
        MaskPlane hole = box(50, 30, 110, 90);
        Inpainter engine = Inpainters.create(InpaintMethod.PATCH, 3);

        BufferedImage fromLeft =
                engine.inpaint(image, hole, columns(0, W / 2), ProgressListener.NONE, new CancellationToken());
        BufferedImage fromRight =
                engine.inpaint(image, hole, columns(W / 2, W), ProgressListener.NONE, new CancellationToken());

        assertTrue(redShare(fromLeft, hole) > 0.97, "red share " + redShare(fromLeft, hole));
        assertTrue(redShare(fromRight, hole) < 0.03, "red share " + redShare(fromRight, hole));
        TestImages.assertSameOutsideMask(image, fromLeft, hole);
        TestImages.assertSameOutsideMask(image, fromRight, hole);
    }

    @Test
    void withoutASamplingAreaBothHalvesContinueIntoTheHole() {
        BufferedImage image = twoHalves();
        MaskPlane hole = box(50, 30, 110, 90);

        BufferedImage result = Inpainters.create(InpaintMethod.PATCH, 3)
                .inpaint(image, hole, ProgressListener.NONE, new CancellationToken());

        MaskPlane leftOfHole = box(50, 30, 70, 90);
        MaskPlane rightOfHole = box(90, 30, 110, 90);
        assertTrue(redShare(result, leftOfHole) > 0.9, "left part red share " + redShare(result, leftOfHole));
        assertTrue(redShare(result, rightOfHole) < 0.1, "right part red share " + redShare(result, rightOfHole));
    }

    @Test
    void aSamplingAreaOfAnotherSizeIsRefused() {
        IllegalArgumentException error = assertThrows(
                IllegalArgumentException.class,
                () -> Inpainters.create(InpaintMethod.PATCH, 3)
                        .inpaint(
                                twoHalves(),
                                box(50, 30, 110, 90),
                                new MaskPlane(W + 1, H),
                                ProgressListener.NONE,
                                new CancellationToken()));
        assertEquals(
                "the sampling area is 161 x 120 but the image is 160 x 120: use a sampling area of the image's"
                        + " size",
                error.getMessage());
    }

    @Test
    void aSamplingAreaNarrowerThanAPatchIsATypedErrorAndLeavesTheImageAlone() {
        BufferedImage image = twoHalves();
        int before = image.getRGB(80, 60);

        SamplingAreaTooSmallException error = assertThrows(
                SamplingAreaTooSmallException.class,
                () -> Inpainters.create(InpaintMethod.PATCH, 3)
                        .inpaint(
                                image,
                                box(50, 30, 110, 90),
                                columns(20, 23),
                                ProgressListener.NONE,
                                new CancellationToken()));

        assertTrue(
                error.getMessage().startsWith("the sampling area leaves too little to copy from"), error.getMessage());
        assertEquals(before, image.getRGB(80, 60));
    }

    /** Grey-green noise with a grey disc ringed by a 2 px yellow halo, the mask drawn snugly over the disc only. */
    @Test
    void theHaloAroundASnugMaskIsNotCopiedBackIn() {
        Random random = new Random(11);
        BufferedImage image = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
        MaskPlane disc = TestImages.disc(W, H, 80, 60, 22);
        MaskPlane ring = TestImages.disc(W, H, 80, 60, 24);
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                int n = random.nextInt(40);
                int colour = disc.isRepair(x, y)
                        ? 0x808080
                        : ring.isRepair(x, y) ? 0xf0e020 : (60 + n) << 16 | (110 + n) << 8 | (60 + n);
                image.setRGB(x, y, colour);
            }
        }

        BufferedImage guarded = Inpainters.create(InpaintMethod.PATCH, 5)
                .inpaint(image, disc, ProgressListener.NONE, new CancellationToken());
        EngineOptions noHalo = new EngineOptions(4, 10.0, 5, 2.0, 24, 1024, 2.5, 8, 1, 4.0, 4.0, 0, 24, 700.0, 0);
        BufferedImage unguarded = Inpainters.create(InpaintMethod.PATCH, 5, noHalo)
                .inpaint(image, disc, ProgressListener.NONE, new CancellationToken());

        assertEquals(0, yellowPixels(guarded, disc), "halo pixels copied into the hole");
        assertTrue(
                yellowPixels(unguarded, disc) > 20,
                "control: without the halo rule the rim is copied in (" + yellowPixels(unguarded, disc) + " pixels)");
    }

    private static int yellowPixels(BufferedImage image, MaskPlane hole) {
        int count = 0;
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                int c = image.getRGB(x, y);
                if (hole.isRepair(x, y) && ((c >> 16) & 0xff) > 200 && ((c >> 8) & 0xff) > 180 && (c & 0xff) < 90) {
                    count++;
                }
            }
        }
        return count;
    }
}
