package org.inpaintstudio.backend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Random;
import org.inpaintstudio.image.ImageFormat;
import org.inpaintstudio.image.MaskPlane;
import org.inpaintstudio.image.MaskRectangle;
import org.inpaintstudio.image.MaskedPixels;
import org.junit.jupiter.api.Test;

/** The crop plan: every masked pixel in exactly one core, every crop within the limit, context around regions. */
class RegionCroppingTest {
    @Test
    void seededRandomMasksAreCoveredOnceByCropsWithinTheLimit() {
        Random random = new Random(7);
        for (int round = 0; round < 20; round++) {
            int width = 600 + random.nextInt(3000);
            int height = 600 + random.nextInt(3000);
            MaskPlane mask = new MaskPlane(width, height);
            for (int i = 0; i < 1 + random.nextInt(8); i++) {
                mask.fill(
                        new MaskRectangle(
                                random.nextInt(width),
                                random.nextInt(height),
                                1 + random.nextInt(width / 2),
                                1 + random.nextInt(40)),
                        true);
            }
            int maxSide = 1024;
            int[] covered = new int[width * height];
            for (RegionCropping.Crop crop : RegionCropping.plan(mask, maxSide)) {
                MaskRectangle box = crop.box();
                MaskRectangle core = crop.core();
                assertTrue(box.width() <= maxSide && box.height() <= maxSide, box.toString());
                assertTrue(
                        box.x() >= 0
                                && box.y() >= 0
                                && box.x() + box.width() <= width
                                && box.y() + box.height() <= height,
                        box + " inside the image");
                assertTrue(
                        core.x() >= box.x()
                                && core.y() >= box.y()
                                && core.x() + core.width() <= box.x() + box.width()
                                && core.y() + core.height() <= box.y() + box.height(),
                        core + " in " + box);
                MaskPlane local = RegionCropping.maskOf(mask, crop);
                for (int y = 0; y < box.height(); y++) {
                    for (int x = 0; x < box.width(); x++) {
                        if (local.isRepair(x, y)) {
                            assertTrue(mask.isRepair(box.x() + x, box.y() + y));
                            covered[(box.y() + y) * width + box.x() + x]++;
                        }
                    }
                }
            }
            byte[] data = mask.data();
            for (int i = 0; i < data.length; i++) {
                assertEquals(data[i] == MaskPlane.REPAIR ? 1 : 0, covered[i], "pixel " + i + " round " + round);
            }
        }
    }

    @Test
    void aSmallRegionGetsContextOnEverySideThatTheImageHas() {
        MaskPlane mask = new MaskPlane(2000, 2000);
        mask.fill(new MaskRectangle(1000, 1000, 100, 40), true);
        List<RegionCropping.Crop> crops = RegionCropping.plan(mask, 4096);
        assertEquals(1, crops.size());
        MaskRectangle box = crops.get(0).box();
        int context = 50; // half the larger side, over the minimum of 48
        assertEquals(new MaskRectangle(1000 - context, 1000 - context, 100 + 2 * context, 40 + 2 * context), box);
    }

    @Test
    void nearbyRegionsShareOneCropAndFarOnesDoNot() {
        MaskPlane mask = new MaskPlane(8000, 500);
        mask.fill(new MaskRectangle(100, 100, 20, 20), true);
        mask.fill(new MaskRectangle(160, 100, 20, 20), true);
        mask.fill(new MaskRectangle(7000, 100, 20, 20), true);
        assertEquals(2, RegionCropping.plan(mask, 4096).size());
    }

    @Test
    void pastingCopiesOnlyMaskedPixels() {
        BufferedImage target = TestImages.gradient(50, 40);
        BufferedImage original = TestImages.gradient(50, 40);
        BufferedImage repaired = new BufferedImage(20, 10, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 10; y++) {
            for (int x = 0; x < 20; x++) {
                repaired.setRGB(x, y, 0x123456);
            }
        }
        MaskPlane cropMask = new MaskPlane(20, 10);
        cropMask.set(3, 4, true);
        MaskedPixels.copyInto(target, 10, 5, repaired, cropMask);
        for (int y = 0; y < 40; y++) {
            for (int x = 0; x < 50; x++) {
                int expected = x == 13 && y == 9 ? 0xFF123456 : original.getRGB(x, y);
                assertEquals(expected, target.getRGB(x, y), x + "," + y);
            }
        }
    }

    @Test
    void aCropTooLargeAsPngIsSentAsJpegWithinTheLimit() {
        BufferedImage noise = new BufferedImage(400, 400, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(3);
        for (int y = 0; y < 400; y++) {
            for (int x = 0; x < 400; x++) {
                noise.setRGB(x, y, random.nextInt(0x1000000));
            }
        }
        long limit = 200_000; // noise compresses badly: PNG is about 480 kB
        byte[] bytes = CropEncoding.fit(noise, limit);
        assertTrue(bytes.length <= limit, bytes.length + " bytes");
        assertEquals(ImageFormat.JPEG, ImageFormat.detect(bytes));
        assertEquals(
                ImageFormat.PNG,
                ImageFormat.detect(CropEncoding.fit(new BufferedImage(400, 400, BufferedImage.TYPE_INT_RGB), limit)),
                "a flat crop stays lossless");
    }
}
