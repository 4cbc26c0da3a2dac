package org.inpaintstudio.image;

import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.IndexColorModel;
import java.awt.image.Raster;

/**
 * API.md's rule for a mask image: a pixel is to be repaired when its luminance is at least 128 of 255 and, in an
 * image with alpha, its alpha is at least 128 of 255. Luminance is Rec. 601 luma, {@code 0.299 R + 0.587 G +
 * 0.114 B}; a gray image's value is its luminance. Samples of any bit depth are compared at full precision
 * (a 16-bit sample counts from 32896 = 128 x 257).
 *
 * <p>Common 8-bit layouts go through {@link RepairRuleFastPaths}; this class holds the general version.
 */
final class RepairRule {
    static final int RED = 299;
    static final int GREEN = 587;
    static final int BLUE = 114;
    static final int WEIGHTS = 1000;
    static final int THRESHOLD = 128;
    /** Luma sum (weights x 8-bit samples) from which a pixel is repaired. */
    static final int LUMA_THRESHOLD_8_BIT = THRESHOLD * WEIGHTS;

    private static final int MAX_8_BIT = 255;

    private RepairRule() {}

    static MaskPlane apply(BufferedImage image) {
        MaskPlane mask = new MaskPlane(image.getWidth(), image.getHeight());
        return RepairRuleFastPaths.apply(image, mask.data()) ? mask : applyGeneral(image);
    }

    /** The rule for any colour model, through the raster's sample API; the reference for the fast paths. */
    static MaskPlane applyGeneral(BufferedImage image) {
        ColorModel model = image.getColorModel();
        MaskPlane mask = new MaskPlane(image.getWidth(), image.getHeight());
        if (model instanceof IndexColorModel palette) {
            applyPalette(image.getRaster(), palette, mask);
        } else if (readsRawSamples(model, image.getRaster())) {
            applySamples(image.getRaster(), model, mask);
        } else {
            // CMYK, float samples and other rare models: let Java2D turn them into 8-bit ARGB first.
            BufferedImage argb = PixelConversions.toArgb(image);
            applySamples(argb.getRaster(), argb.getColorModel(), mask);
        }
        return mask;
    }

    /** Gray or RGB integer samples, each component as wide as the others. */
    private static boolean readsRawSamples(ColorModel model, Raster raster) {
        int space = model.getColorSpace().getType();
        int transfer = raster.getTransferType();
        boolean integers = transfer == DataBuffer.TYPE_BYTE
                || transfer == DataBuffer.TYPE_USHORT
                || transfer == DataBuffer.TYPE_INT;
        if (!integers || space != ColorSpace.TYPE_GRAY && space != ColorSpace.TYPE_RGB) {
            return false;
        }
        int bits = model.getComponentSize(0);
        for (int size : model.getComponentSize()) {
            if (size != bits || size > 16) {
                return false;
            }
        }
        return raster.getNumBands() == model.getNumComponents();
    }

    private static void applySamples(Raster raster, ColorModel model, MaskPlane mask) {
        int width = raster.getWidth();
        int bands = raster.getNumBands();
        boolean gray = model.getNumColorComponents() == 1;
        boolean hasAlpha = model.hasAlpha();
        boolean premultiplied = model.isAlphaPremultiplied();
        long max = (1L << model.getComponentSize(0)) - 1;
        // luma / max >= 128 / 255 without division: luma * 255 >= 128 * 1000 * max
        long lumaThreshold = LUMA_THRESHOLD_8_BIT * max;
        long alphaThreshold = THRESHOLD * max;
        int[] row = new int[width * bands];
        byte[] out = mask.data();
        for (int y = 0; y < raster.getHeight(); y++) {
            raster.getPixels(raster.getMinX(), raster.getMinY() + y, width, 1, row);
            int at = y * width;
            for (int x = 0, i = 0; x < width; x++, i += bands) {
                long luma = gray
                        ? (long) row[i] * WEIGHTS
                        : (long) RED * row[i] + (long) GREEN * row[i + 1] + (long) BLUE * row[i + 2];
                long alpha = hasAlpha ? row[i + bands - 1] : max;
                boolean repair;
                if (alpha * MAX_8_BIT < alphaThreshold) {
                    repair = false;
                } else if (premultiplied) { // un-premultiply: luma * max / alpha
                    repair = luma * MAX_8_BIT * max >= lumaThreshold * alpha;
                } else {
                    repair = luma * MAX_8_BIT >= lumaThreshold;
                }
                out[at + x] = repair ? MaskPlane.REPAIR : MaskPlane.KEEP;
            }
        }
    }

    private static void applyPalette(Raster raster, IndexColorModel palette, MaskPlane mask) {
        boolean[] repairs = new boolean[1 << palette.getPixelSize()];
        for (int i = 0; i < palette.getMapSize(); i++) {
            boolean opaque = palette.getAlpha(i) >= THRESHOLD;
            repairs[i] =
                    opaque && luma(palette.getRed(i), palette.getGreen(i), palette.getBlue(i)) >= LUMA_THRESHOLD_8_BIT;
        }
        int width = raster.getWidth();
        int[] row = new int[width];
        byte[] out = mask.data();
        for (int y = 0; y < raster.getHeight(); y++) {
            raster.getSamples(raster.getMinX(), raster.getMinY() + y, width, 1, 0, row);
            int at = y * width;
            for (int x = 0; x < width; x++) {
                int index = row[x];
                out[at + x] = index < repairs.length && repairs[index] ? MaskPlane.REPAIR : MaskPlane.KEEP;
            }
        }
    }

    /** Weighted 8-bit luma sum, compare with {@link #LUMA_THRESHOLD_8_BIT}. */
    static int luma(int red, int green, int blue) {
        return RED * red + GREEN * green + BLUE * blue;
    }
}
