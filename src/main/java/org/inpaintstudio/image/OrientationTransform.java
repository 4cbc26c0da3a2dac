package org.inpaintstudio.image;

import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.ComponentSampleModel;
import java.awt.image.DataBuffer;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferInt;
import java.awt.image.DataBufferUShort;
import java.awt.image.PixelInterleavedSampleModel;
import java.awt.image.SinglePixelPackedSampleModel;
import java.awt.image.WritableRaster;
import java.util.Arrays;

/**
 * Turns and mirrors an image into its upright orientation, keeping its colour model (16-bit, gray, palette and
 * alpha survive). Pixels are moved whole, never resampled.
 */
final class OrientationTransform {
    private OrientationTransform() {}

    static BufferedImage apply(BufferedImage image, ExifOrientation orientation) {
        if (orientation == ExifOrientation.NORMAL) {
            return image;
        }
        int width = image.getWidth();
        int height = image.getHeight();
        int outWidth = orientation.swapsAxes() ? height : width;
        int outHeight = orientation.swapsAxes() ? width : height;
        ColorModel colorModel = image.getColorModel();
        WritableRaster source = image.getRaster();
        WritableRaster target = source.createCompatibleWritableRaster(outWidth, outHeight);
        PixelMap map = new PixelMap(orientation, width, height);
        if (!copyElements(source, target, map)) {
            copyPixels(source, target, map);
        }
        return new BufferedImage(colorModel, target, colorModel.isAlphaPremultiplied(), null);
    }

    /** Fast path: one bank, whole pixels stored contiguously (what decoders produce). False when not so. */
    private static boolean copyElements(WritableRaster source, WritableRaster target, PixelMap map) {
        int stride = elementsPerPixel(source);
        if (stride == 0
                || elementsPerPixel(target) != stride
                || source.getSampleModelTranslateX() != 0
                || source.getSampleModelTranslateY() != 0
                || scanlineStride(source) != source.getWidth() * stride
                || scanlineStride(target) != target.getWidth() * stride) {
            return false;
        }
        Object from = bankData(source.getDataBuffer());
        Object to = bankData(target.getDataBuffer());
        if (from == null || to == null || !sameLayout(source, target)) {
            return false;
        }
        int sourceOffset = source.getDataBuffer().getOffset();
        int targetOffset = target.getDataBuffer().getOffset();
        int outWidth = target.getWidth();
        for (int y = 0; y < map.height; y++) {
            int start = map.targetY(0, y) * outWidth + map.targetX(0, y);
            int step = map.width > 1 ? map.targetY(1, y) * outWidth + map.targetX(1, y) - start : 0;
            int from0 = sourceOffset + y * map.width * stride;
            for (int x = 0, at = start; x < map.width; x++, at += step) {
                System.arraycopy(from, from0 + x * stride, to, targetOffset + at * stride, stride);
            }
        }
        return true;
    }

    /** Any raster: pixel by pixel through the sample model; slower but always right. */
    private static void copyPixels(WritableRaster source, WritableRaster target, PixelMap map) {
        Object pixel = null;
        for (int y = 0; y < map.height; y++) {
            for (int x = 0; x < map.width; x++) {
                pixel = source.getDataElements(x, y, pixel);
                target.setDataElements(map.targetX(x, y), map.targetY(x, y), pixel);
            }
        }
    }

    private static int elementsPerPixel(WritableRaster raster) {
        if (raster.getDataBuffer().getNumBanks() != 1) {
            return 0;
        }
        if (raster.getSampleModel() instanceof SinglePixelPackedSampleModel) {
            return 1;
        }
        if (raster.getSampleModel() instanceof PixelInterleavedSampleModel interleaved) {
            int[] offsets = interleaved.getBandOffsets();
            int stride = interleaved.getPixelStride();
            for (int offset : offsets) {
                if (offset < 0 || offset >= stride) {
                    return 0;
                }
            }
            return stride;
        }
        return 0;
    }

    private static boolean sameLayout(WritableRaster source, WritableRaster target) {
        if (source.getSampleModel() instanceof ComponentSampleModel from
                && target.getSampleModel() instanceof ComponentSampleModel to) {
            return Arrays.equals(from.getBandOffsets(), to.getBandOffsets());
        }
        return true; // packed: createCompatibleWritableRaster keeps the bit masks
    }

    private static int scanlineStride(WritableRaster raster) {
        if (raster.getSampleModel() instanceof SinglePixelPackedSampleModel packed) {
            return packed.getScanlineStride();
        }
        return ((ComponentSampleModel) raster.getSampleModel()).getScanlineStride();
    }

    private static Object bankData(DataBuffer buffer) {
        if (buffer instanceof DataBufferByte bytes) {
            return bytes.getData();
        }
        if (buffer instanceof DataBufferUShort shorts) {
            return shorts.getData();
        }
        if (buffer instanceof DataBufferInt ints) {
            return ints.getData();
        }
        return null;
    }

    /** Where a stored pixel lands in the upright image (EXIF 2.3, tag 0x0112). */
    private record PixelMap(ExifOrientation orientation, int width, int height) {
        int targetX(int x, int y) {
            return switch (orientation) {
                case NORMAL, MIRROR_VERTICAL -> x;
                case MIRROR_HORIZONTAL, ROTATE_180 -> width - 1 - x;
                case TRANSPOSE, ROTATE_270_CW -> y;
                case ROTATE_90_CW, TRANSVERSE -> height - 1 - y;
            };
        }

        int targetY(int x, int y) {
            return switch (orientation) {
                case NORMAL, MIRROR_HORIZONTAL -> y;
                case ROTATE_180, MIRROR_VERTICAL -> height - 1 - y;
                case TRANSPOSE, ROTATE_90_CW -> x;
                case TRANSVERSE, ROTATE_270_CW -> width - 1 - x;
            };
        }
    }
}
