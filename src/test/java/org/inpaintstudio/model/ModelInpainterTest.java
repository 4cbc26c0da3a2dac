package org.inpaintstudio.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.inpaintstudio.image.MaskPlane;
import org.inpaintstudio.image.MaskRectangle;
import org.inpaintstudio.work.CancellationToken;
import org.inpaintstudio.work.InpaintCancelledException;
import org.inpaintstudio.work.ProgressListener;
import org.junit.jupiter.api.Test;

class ModelInpainterTest {
    private static final int OBJECT = 0xFF00FF;

    /** A smooth gradient with a magenta square (the object) at the rectangle. */
    private static BufferedImage photo(int width, int height, MaskRectangle object) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                boolean inObject = object != null
                        && x >= object.x()
                        && x < object.x() + object.width()
                        && y >= object.y()
                        && y < object.y() + object.height();
                image.setRGB(x, y, inObject ? OBJECT : gradient(x, y, width, height));
            }
        }
        return image;
    }

    private static int gradient(int x, int y, int width, int height) {
        return (40 + 160 * x / width) << 16 | (30 + 180 * y / height) << 8 | 90;
    }

    private static MaskPlane mask(int width, int height, MaskRectangle... holes) {
        MaskPlane mask = new MaskPlane(width, height);
        for (MaskRectangle hole : holes) {
            mask.fill(hole, true);
        }
        return mask;
    }

    private static BufferedImage run(String model, BufferedImage image, MaskPlane mask) {
        try (InpaintModel m = TestModels.open(model)) {
            return new ModelInpainter(m).inpaint(image, mask, ProgressListener.NONE, new CancellationToken());
        }
    }

    private static int rgb(BufferedImage image, int x, int y) {
        return image.getRGB(x, y) & 0xFFFFFF;
    }

    private static void assertOutsideUnchanged(BufferedImage before, BufferedImage after, MaskPlane mask) {
        for (int y = 0; y < before.getHeight(); y++) {
            for (int x = 0; x < before.getWidth(); x++) {
                if (!mask.isRepair(x, y)) {
                    assertEquals(before.getRGB(x, y), after.getRGB(x, y), "pixel " + x + "," + y);
                }
            }
        }
    }

    @Test
    void paintsTheHoleOnlyFadingInOverTwoPixels() {
        MaskRectangle hole = new MaskRectangle(100, 60, 40, 30);
        BufferedImage image = photo(300, 200, hole);
        MaskPlane mask = mask(300, 200, hole);
        BufferedImage result = run(TestModels.FIXED_COLOUR_512, image, mask);
        assertOutsideUnchanged(image, result, mask);
        for (int y = hole.y() + 2; y < hole.y() + hole.height() - 2; y++) {
            for (int x = hole.x() + 2; x < hole.x() + hole.width() - 2; x++) {
                assertEquals(TestModels.FILL_RGB, rgb(result, x, y), "pixel " + x + "," + y);
            }
        }
        // the rim of the hole, 1 px from the kept pixels, takes a third of the model's colour; 2 px in, two thirds
        assertEquals(blend(OBJECT, TestModels.FILL_RGB, 1 / 3f), rgb(result, 120, 60));
        assertEquals(blend(OBJECT, TestModels.FILL_RGB, 2 / 3f), rgb(result, 120, 61));
    }

    private static int blend(int from, int to, float weight) {
        int out = 0;
        for (int shift = 16; shift >= 0; shift -= 8) {
            int a = from >> shift & 0xff;
            int b = to >> shift & 0xff;
            out |= Math.round(weight * b + (1 - weight) * a) << shift;
        }
        return out;
    }

    @Test
    void theModelSeesTheHoleAsOneAndTheRestAsKnown() {
        // the mean model paints the mean of what it is told is known: the flat grey, never the magenta object
        MaskRectangle hole = new MaskRectangle(50, 50, 30, 30);
        BufferedImage image = new BufferedImage(160, 160, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 160; y++) {
            for (int x = 0; x < 160; x++) {
                image.setRGB(x, y, 0x646464);
            }
        }
        for (int y = 48; y < 82; y++) { // the object is a little larger than the mask: the dilation covers it
            for (int x = 48; x < 82; x++) {
                image.setRGB(x, y, OBJECT);
            }
        }
        BufferedImage result = run(TestModels.MEAN, image, mask(160, 160, hole));
        assertEquals(0x646464, rgb(result, 65, 65));
    }

    @Test
    void aByteRangeOutputIsToldFromItsValues() {
        MaskRectangle hole = new MaskRectangle(10, 10, 20, 20);
        BufferedImage result = run(TestModels.FIXED_COLOUR_255, photo(64, 48, hole), mask(64, 48, hole));
        assertEquals(TestModels.FILL_RGB, rgb(result, 20, 20));
    }

    @Test
    void miganStyleModelsGetUint8PixelsAndAMaskWhere255IsKnown() {
        MaskRectangle hole = new MaskRectangle(30, 20, 25, 25);
        BufferedImage image = photo(120, 90, hole);
        MaskPlane mask = mask(120, 90, hole);
        BufferedImage result = run(TestModels.MIGAN, image, mask);
        assertEquals(TestModels.FILL_RGB, rgb(result, 42, 32));
        assertOutsideUnchanged(image, result, mask);
    }

    @Test
    void aLargeRegionIsShrunkToTheModelAndBackInItsPlace() {
        // identity model: the pasted pixels are the crop's own, so a misplaced or badly resized crop shows
        MaskRectangle hole = new MaskRectangle(500, 400, 700, 650);
        BufferedImage image = photo(1600, 1400, null);
        MaskPlane mask = mask(1600, 1400, hole);
        BufferedImage result = run(TestModels.IDENTITY, image, mask);
        int worst = 0;
        for (int y = hole.y() + 3; y < hole.y() + hole.height() - 3; y += 7) {
            for (int x = hole.x() + 3; x < hole.x() + hole.width() - 3; x += 7) {
                int a = image.getRGB(x, y);
                int b = result.getRGB(x, y);
                for (int shift = 0; shift <= 16; shift += 8) {
                    worst = Math.max(worst, Math.abs((a >> shift & 0xff) - (b >> shift & 0xff)));
                }
            }
        }
        assertTrue(worst <= 2, "largest difference " + worst);
    }

    @Test
    void regionsComeOneAfterAnotherWithProgressAndTheSameResultEachTime() {
        MaskRectangle left = new MaskRectangle(20, 20, 30, 30);
        MaskRectangle right = new MaskRectangle(1400, 900, 30, 30);
        BufferedImage image = photo(1500, 1000, null);
        MaskPlane mask = mask(1500, 1000, left, right);
        List<Double> progress = new ArrayList<>();
        BufferedImage first;
        BufferedImage second;
        try (InpaintModel model = TestModels.open(TestModels.MEAN)) {
            ModelInpainter inpainter = new ModelInpainter(model);
            first = inpainter.inpaint(image, mask, progress::add, new CancellationToken());
            second = inpainter.inpaint(image, mask, ProgressListener.NONE, new CancellationToken());
        }
        assertEquals(List.of(0.5, 1.0), progress);
        assertArrayEquals(
                first.getRGB(0, 0, 1500, 1000, null, 0, 1500), second.getRGB(0, 0, 1500, 1000, null, 0, 1500));
        assertTrue(rgb(first, 35, 35) != rgb(first, 1415, 915), "each region filled from its own surroundings");
    }

    @Test
    void nearbyRegionsShareOneInference() {
        MaskRectangle a = new MaskRectangle(200, 200, 10, 10);
        MaskRectangle b = new MaskRectangle(240, 230, 10, 10);
        List<Double> progress = new ArrayList<>();
        try (InpaintModel model = TestModels.open(TestModels.FIXED_COLOUR_512)) {
            new ModelInpainter(model)
                    .inpaint(photo(600, 600, null), mask(600, 600, a, b), progress::add, new CancellationToken());
        }
        assertEquals(List.of(1.0), progress);
    }

    @Test
    void cancelStopsBetweenRegions() {
        MaskPlane mask = mask(1500, 1000, new MaskRectangle(20, 20, 30, 30), new MaskRectangle(1400, 900, 30, 30));
        CancellationToken token = new CancellationToken();
        List<Double> progress = new ArrayList<>();
        try (InpaintModel model = TestModels.open(TestModels.MEAN)) {
            ModelInpainter inpainter = new ModelInpainter(model);
            assertThrows(
                    InpaintCancelledException.class,
                    () -> inpainter.inpaint(
                            photo(1500, 1000, null),
                            mask,
                            fraction -> {
                                progress.add(fraction);
                                token.cancel();
                            },
                            token));
        }
        assertEquals(List.of(0.5), progress);
    }

    @Test
    void alphaAndImageTypeAreKept() {
        BufferedImage image = new BufferedImage(40, 40, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < 40; y++) {
            for (int x = 0; x < 40; x++) {
                image.setRGB(x, y, 0x80102030);
            }
        }
        MaskRectangle hole = new MaskRectangle(10, 10, 20, 20);
        BufferedImage result = run(TestModels.FIXED_COLOUR_512, image, mask(40, 40, hole));
        assertEquals(BufferedImage.TYPE_INT_ARGB, result.getType());
        assertEquals(0x80000000 | TestModels.FILL_RGB, result.getRGB(20, 20));
    }
}
