package org.inpaintstudio.backend;

import java.awt.image.BufferedImage;
import org.inpaintstudio.image.ImageFiles;
import org.inpaintstudio.image.ImageFormat;
import org.inpaintstudio.image.ImageWriteOptions;

/** Small generated photos for tests: a colour gradient, so that a changed pixel shows. */
public final class TestImages {
    private TestImages() {}

    public static BufferedImage gradient(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int r = x * 255 / Math.max(1, width - 1);
                int g = y * 255 / Math.max(1, height - 1);
                image.setRGB(x, y, r << 16 | g << 8 | (x + y) % 256);
            }
        }
        return image;
    }

    public static byte[] encoded(int width, int height, ImageFormat format) {
        return ImageFiles.encode(gradient(width, height), format, ImageWriteOptions.BEST);
    }

    public static byte[] png(int width, int height) {
        return encoded(width, height, ImageFormat.PNG);
    }

    /** A mask image: white inside the rectangle, black elsewhere. */
    public static byte[] maskPng(int width, int height, int x, int y, int w, int h) {
        BufferedImage mask = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        for (int j = y; j < y + h; j++) {
            for (int i = x; i < x + w; i++) {
                mask.getRaster().setSample(i, j, 0, 255);
            }
        }
        return ImageFiles.encode(mask, ImageFormat.PNG, ImageWriteOptions.DEFAULT);
    }

    public static BufferedImage decode(byte[] bytes) {
        return ImageFiles.read(bytes, org.inpaintstudio.image.ImageLimits.EDITOR)
                .image();
    }
}
