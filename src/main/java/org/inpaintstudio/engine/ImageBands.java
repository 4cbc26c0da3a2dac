package org.inpaintstudio.engine;

import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.IndexColorModel;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import org.inpaintstudio.image.PixelBox;

/**
 * Reads crops of an image as float planes scaled to 0..255, one per band, and writes filled pixels back in the
 * image's own sample format, so any bit depth, band count or colour model keeps its form. Palette images are read
 * and written through their RGB(A) colours, which the palette's nearest entry then represents.
 */
final class ImageBands {
    static final float FULL_SCALE = 255f;

    private final BufferedImage image;
    private final boolean palette;
    private final int bands;
    private final int colourBands;
    private final double[] sampleMax;
    private final boolean floatSamples;

    ImageBands(BufferedImage image) {
        this.image = image;
        ColorModel cm = image.getColorModel();
        this.palette = cm instanceof IndexColorModel;
        if (palette) {
            this.bands = cm.hasAlpha() ? 4 : 3;
            this.colourBands = 3;
            this.sampleMax = new double[] {255, 255, 255, 255};
            this.floatSamples = false;
        } else {
            Raster raster = image.getRaster();
            this.bands = raster.getNumBands();
            this.colourBands = Math.min(bands, cm.getNumColorComponents());
            int type = raster.getDataBuffer().getDataType();
            this.floatSamples = type == DataBuffer.TYPE_FLOAT || type == DataBuffer.TYPE_DOUBLE;
            this.sampleMax = new double[bands];
            for (int b = 0; b < bands; b++) {
                int bits = raster.getSampleModel().getSampleSize(b);
                sampleMax[b] = floatSamples ? 1.0 : (double) ((1L << Math.min(bits, 32)) - 1);
            }
        }
    }

    /** How many planes a crop has: colour bands first, then alpha or other bands. */
    int bands() {
        return bands;
    }

    /** How many leading planes carry colour (3 for RGB, 1 for gray). */
    int colourBands() {
        return colourBands;
    }

    /** The crop's planes, {@code [band][y * width + x]}, scaled to 0..255. */
    float[][] read(BufferedImage source, PixelBox box) {
        int w = box.width();
        int h = box.height();
        float[][] planes = new float[bands][w * h];
        if (palette) {
            int[] argb = source.getRGB(box.x0(), box.y0(), w, h, null, 0, w);
            for (int i = 0; i < argb.length; i++) {
                int c = argb[i];
                planes[0][i] = (c >> 16) & 0xff;
                planes[1][i] = (c >> 8) & 0xff;
                planes[2][i] = c & 0xff;
                if (bands == 4) {
                    planes[3][i] = (c >>> 24) & 0xff;
                }
            }
            return planes;
        }
        Raster raster = source.getRaster();
        for (int b = 0; b < bands; b++) {
            raster.getSamples(box.x0(), box.y0(), w, h, b, planes[b]);
            float scale = (float) (FULL_SCALE / sampleMax[b]);
            float[] plane = planes[b];
            for (int i = 0; i < plane.length; i++) {
                plane[i] *= scale;
            }
        }
        return planes;
    }

    /** Writes the crop's pixels where {@code write} is true into {@code target}, leaving every other pixel alone. */
    void write(BufferedImage target, PixelBox box, float[][] planes, boolean[] write) {
        int w = box.width();
        WritableRaster raster = target.getRaster();
        for (int y = 0; y < box.height(); y++) {
            for (int x = 0; x < w; x++) {
                int i = y * w + x;
                if (!write[i]) {
                    continue;
                }
                if (palette) {
                    target.setRGB(box.x0() + x, box.y0() + y, argb(planes, i));
                    continue;
                }
                for (int b = 0; b < bands; b++) {
                    double value = planes[b][i] / FULL_SCALE * sampleMax[b];
                    if (floatSamples) {
                        raster.setSample(box.x0() + x, box.y0() + y, b, (float) Math.max(0, Math.min(1, value)));
                    } else {
                        long rounded = Math.round(Math.max(0, Math.min(sampleMax[b], value)));
                        raster.setSample(box.x0() + x, box.y0() + y, b, (int) rounded);
                    }
                }
            }
        }
    }

    private int argb(float[][] planes, int i) {
        int alpha = bands == 4 ? to8(planes[3][i]) : 255;
        return alpha << 24 | to8(planes[0][i]) << 16 | to8(planes[1][i]) << 8 | to8(planes[2][i]);
    }

    private static int to8(float v) {
        return Math.round(Math.max(0f, Math.min(FULL_SCALE, v)));
    }
}
