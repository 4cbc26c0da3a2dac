package org.inpaintstudio.backend;

import java.awt.image.BufferedImage;
import java.util.Objects;
import org.inpaintstudio.image.ImageFiles;
import org.inpaintstudio.image.ImageFormat;
import org.inpaintstudio.image.ImageLimits;
import org.inpaintstudio.image.ImageWriteOptions;

/**
 * The repaired image, in the format the API gives back (PNG, or JPEG for a JPEG input).
 *
 * <p>A remote result arrives encoded; a local one is kept decoded and encoded only when its bytes are asked for (the
 * server, the command line). In-process callers such as the editor take {@link #image()} and so skip an encode and a
 * decode of the whole photo, which cost more than a third of the engine's time on a 1024 x 1024 photo.
 */
public final class InpaintResult {
    private static final ImageWriteOptions JPEG_95 = ImageWriteOptions.quality(0.95f);

    private final ImageFormat format;
    private final BufferedImage image;
    private byte[] bytes;

    private InpaintResult(byte[] bytes, BufferedImage image, ImageFormat format) {
        this.bytes = bytes;
        this.image = image;
        this.format = Objects.requireNonNull(format, "format");
    }

    /** A result that arrived as encoded bytes. */
    public static InpaintResult encoded(byte[] bytes, ImageFormat format) {
        return new InpaintResult(Objects.requireNonNull(bytes, "bytes"), null, format);
    }

    /** A result still in memory; it is encoded as {@code format} when {@link #bytes()} is first called. */
    public static InpaintResult decoded(BufferedImage image, ImageFormat format) {
        return new InpaintResult(null, Objects.requireNonNull(image, "image"), format);
    }

    public ImageFormat format() {
        return format;
    }

    /**
     * The encoded result.
     *
     * @throws org.inpaintstudio.image.ImageWriteException when a result kept in memory cannot be encoded
     */
    public synchronized byte[] bytes() {
        if (bytes == null) {
            bytes = ImageFiles.encode(image, format, JPEG_95);
        }
        return bytes;
    }

    /**
     * The result as pixels: the repaired image itself when it was made in this process, else the bytes decoded.
     *
     * @throws org.inpaintstudio.image.ImageReadException when encoded bytes cannot be decoded
     */
    public BufferedImage image() {
        return image != null
                ? image
                : ImageFiles.read(bytes(), "the result", ImageLimits.EDITOR).image();
    }

    /** Format and, when known, size; never the bytes. */
    @Override
    public synchronized String toString() {
        return "InpaintResult[" + format.displayName()
                + (bytes != null ? ", " + bytes.length + " bytes" : ", " + image.getWidth() + " x " + image.getHeight())
                + "]";
    }
}
