package org.inpaintstudio.backend;

import java.awt.image.BufferedImage;
import org.inpaintstudio.image.ImageFiles;
import org.inpaintstudio.image.ImageFormat;
import org.inpaintstudio.image.ImageWriteOptions;

/**
 * Encodes a crop to fit the service's upload limit: lossless PNG when it fits, otherwise JPEG at falling quality.
 * Only masked pixels of the answer are used, so the loss never reaches the rest of the photo.
 */
final class CropEncoding {
    private static final float[] JPEG_QUALITIES = {0.95f, 0.9f, 0.85f, 0.75f, 0.6f, 0.45f, 0.3f};

    private CropEncoding() {}

    /** The crop's bytes, at most {@code maxBytes}; PNG or JPEG, as {@link ImageFormat#detect} will tell. */
    static byte[] fit(BufferedImage crop, long maxBytes) {
        byte[] png = ImageFiles.encode(crop, ImageFormat.PNG, ImageWriteOptions.DEFAULT);
        if (png.length <= maxBytes) {
            return png;
        }
        for (float quality : JPEG_QUALITIES) {
            byte[] jpeg = ImageFiles.encode(crop, ImageFormat.JPEG, ImageWriteOptions.quality(quality));
            if (jpeg.length <= maxBytes) {
                return jpeg;
            }
        }
        throw new IllegalStateException("a " + crop.getWidth() + " x " + crop.getHeight() + " crop does not fit in "
                + maxBytes + " bytes even as JPEG");
    }
}
