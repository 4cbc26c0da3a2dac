package org.inpaintstudio.image;

import java.awt.image.BufferedImage;

/**
 * A decoded image, upright (EXIF orientation applied), in the colour model it was decoded to: 8-bit RGB(A),
 * 8- or 16-bit gray, 16-bit RGB(A) or palette. Use {@link ImageFiles#toRgb} or {@link ImageFiles#toArgb} when a
 * fixed 8-bit layout is needed.
 */
public record DecodedImage(BufferedImage image, ImageFormat format) {
    public DecodedImage {
        if (image == null || format == null) {
            throw new IllegalArgumentException("image and format are required");
        }
    }

    public int width() {
        return image.getWidth();
    }

    public int height() {
        return image.getHeight();
    }

    public ImageInfo info() {
        return new ImageInfo(format, image.getWidth(), image.getHeight());
    }
}
