package org.inpaintstudio.selection;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import org.inpaintstudio.image.ImageFiles;

/**
 * An image as packed 0xRRGGBB ints, row-major, the layout every selection algorithm reads. Made from a
 * {@link BufferedImage} without a copy when it is already TYPE_INT_RGB.
 */
public record RgbImage(int width, int height, int[] pixels) {
    public RgbImage {
        if (width <= 0 || height <= 0 || pixels.length != width * height) {
            throw new IllegalArgumentException("an RGB image of " + width + " x " + height + " needs "
                    + (long) width * height + " pixels, got " + pixels.length);
        }
    }

    public static RgbImage of(BufferedImage image) {
        BufferedImage rgb = ImageFiles.toRgb(image);
        int[] data = ((DataBufferInt) rgb.getRaster().getDataBuffer()).getData();
        if (data.length == rgb.getWidth() * rgb.getHeight()) {
            return new RgbImage(rgb.getWidth(), rgb.getHeight(), data);
        }
        return new RgbImage(
                rgb.getWidth(),
                rgb.getHeight(),
                rgb.getRGB(0, 0, rgb.getWidth(), rgb.getHeight(), null, 0, rgb.getWidth()));
    }

    public int rgb(int x, int y) {
        return pixels[y * width + x];
    }

    public long area() {
        return (long) width * height;
    }
}
