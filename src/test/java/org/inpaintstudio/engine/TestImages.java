package org.inpaintstudio.engine;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Random;
import javax.imageio.ImageIO;
import org.inpaintstudio.image.MaskPlane;

/** Small images and masks for the engine tests. */
final class TestImages {
    private TestImages() {}

    /** A textured RGB image: a colour gradient with stripes and seeded noise. */
    static BufferedImage texture(int w, int h, int type, long seed) {
        Random random = new Random(seed);
        BufferedImage image = new BufferedImage(w, h, type);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int stripe = ((x + y) / 4) % 2 == 0 ? 40 : 0;
                int r = clamp(60 + x * 120 / w + stripe + random.nextInt(20));
                int g = clamp(80 + y * 100 / h + random.nextInt(20));
                int b = clamp(140 - stripe + random.nextInt(20));
                image.setRGB(x, y, 0xff000000 | r << 16 | g << 8 | b);
            }
        }
        return image;
    }

    /** A filled disc. */
    static MaskPlane disc(int w, int h, double cx, double cy, double radius) {
        MaskPlane mask = new MaskPlane(w, h);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double dx = x - cx;
                double dy = y - cy;
                mask.set(x, y, dx * dx + dy * dy <= radius * radius);
            }
        }
        return mask;
    }

    /** A copy whose masked pixels are overwritten with seeded noise (what lies under the mask). */
    static BufferedImage scribbledUnder(BufferedImage image, MaskPlane mask, long seed) {
        BufferedImage copy = RegionInpainter.copyOf(image);
        Random random = new Random(seed);
        for (int y = 0; y < mask.height(); y++) {
            for (int x = 0; x < mask.width(); x++) {
                if (mask.isRepair(x, y)) {
                    copy.setRGB(x, y, 0xff000000 | random.nextInt(0x1000000));
                }
            }
        }
        return copy;
    }

    static BufferedImage photo(String name) {
        try (InputStream in = TestImages.class.getResourceAsStream("/photos/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource /photos/" + name);
            }
            return ImageIO.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A mask from a gray PNG of the test resources: white (over 127) is repair. */
    static MaskPlane mask(String name) {
        BufferedImage gray = photo(name);
        MaskPlane mask = new MaskPlane(gray.getWidth(), gray.getHeight());
        for (int y = 0; y < gray.getHeight(); y++) {
            for (int x = 0; x < gray.getWidth(); x++) {
                mask.set(x, y, (gray.getRaster().getSample(x, y, 0) & 0xff) > 127);
            }
        }
        return mask;
    }

    /** Asserts every sample of every band outside the mask is identical. */
    static void assertSameOutsideMask(BufferedImage expected, BufferedImage actual, MaskPlane mask) {
        int bands = expected.getRaster().getNumBands();
        for (int y = 0; y < expected.getHeight(); y++) {
            for (int x = 0; x < expected.getWidth(); x++) {
                if (mask.isRepair(x, y)) {
                    continue;
                }
                for (int b = 0; b < bands; b++) {
                    int e = expected.getRaster().getSample(x, y, b);
                    int a = actual.getRaster().getSample(x, y, b);
                    if (e != a) {
                        throw new AssertionError(
                                "band " + b + " at " + x + "," + y + " changed from " + e + " to " + a);
                    }
                }
            }
        }
    }

    static void assertSamePixels(BufferedImage expected, BufferedImage actual) {
        assertSameOutsideMask(expected, actual, new MaskPlane(expected.getWidth(), expected.getHeight()));
    }

    private static int clamp(int v) {
        return Math.max(0, Math.min(255, v));
    }
}
