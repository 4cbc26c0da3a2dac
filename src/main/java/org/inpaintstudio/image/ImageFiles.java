package org.inpaintstudio.image;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.stream.FileImageOutputStream;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Reading and writing images: JPEG, PNG, BMP, WebP and TIFF, with EXIF orientation applied and the pixel budget
 * checked on the header before anything is decoded.
 *
 * <p>Every failure is an {@link ImageReadException} or {@link ImageWriteException} whose message names the file
 * and says what to do.
 */
public final class ImageFiles {
    private static final String UNNAMED = "the image";

    private ImageFiles() {}

    /** Format and upright size from the header alone; no pixel is decoded. */
    public static ImageInfo probe(Path file) {
        return ImageDecoder.probe(EncodedImage.of(file));
    }

    /** Format and upright size of encoded bytes, from the header alone. */
    public static ImageInfo probe(byte[] encoded) {
        return ImageDecoder.probe(EncodedImage.of(encoded, UNNAMED));
    }

    /**
     * Decodes an image, upright.
     *
     * @throws ImageTooLargeException when the header claims more pixels than {@code limits}; nothing is decoded
     * @throws UnsupportedImageFormatException for GIF and anything else not supported
     * @throws ImageReadException when the file is missing, unreadable, truncated or corrupt
     */
    public static DecodedImage read(Path file, ImageLimits limits) {
        return ImageDecoder.read(EncodedImage.of(file), limits);
    }

    /** {@link #read(Path, ImageLimits)} with the editor's budget, {@link ImageLimits#EDITOR}. */
    public static DecodedImage read(Path file) {
        return read(file, ImageLimits.EDITOR);
    }

    /** {@link #read(Path, ImageLimits)} for bytes in memory; messages call them "the image". */
    public static DecodedImage read(byte[] encoded, ImageLimits limits) {
        return read(encoded, UNNAMED, limits);
    }

    /** {@link #read(Path, ImageLimits)} for bytes in memory; messages call them {@code sourceName}. */
    public static DecodedImage read(byte[] encoded, String sourceName, ImageLimits limits) {
        return ImageDecoder.read(EncodedImage.of(encoded, sourceName), limits);
    }

    /**
     * Saves an image atomically: it is written to a temporary file in the same folder and moved over the target,
     * so a failure leaves any existing file untouched. JPEG and BMP cannot hold transparency: transparent pixels
     * are flattened onto white (never left black). 16-bit images are written as 16-bit to PNG and TIFF, as 8-bit
     * elsewhere. WebP is lossless when {@code options.quality()} is 1.
     *
     * @throws ImageWriteException naming the file and what to do
     */
    public static void write(BufferedImage image, Path file, ImageFormat format, ImageWriteOptions options) {
        String name = String.valueOf(file.getFileName());
        AtomicFileWriter.write(file, temporary -> {
            try (ImageOutputStream out = new FileImageOutputStream(temporary.toFile())) {
                encodeOrExplain(image, format, options, out, name);
            }
        });
    }

    /**
     * {@link #write(BufferedImage, Path, ImageFormat, ImageWriteOptions)} in the format the file name's
     * extension names.
     *
     * @throws ImageWriteException when the extension is not one of {@link ImageFormat#supportedExtensions()}
     */
    public static void write(BufferedImage image, Path file, ImageWriteOptions options) {
        String name = String.valueOf(file.getFileName());
        ImageFormat format = ImageFormat.fromFileName(name)
                .orElseThrow(() -> new ImageWriteException(
                        name,
                        "the name must end in one of " + ImageFormat.supportedExtensions() + " to choose the format",
                        null));
        write(image, file, format, options);
    }

    /**
     * Saves bytes that are already encoded (a service's result) atomically, as
     * {@link #write(BufferedImage, Path, ImageFormat, ImageWriteOptions)} does.
     *
     * @throws ImageWriteException naming the file and what to do
     */
    public static void writeEncoded(byte[] encoded, Path file) {
        AtomicFileWriter.write(file, temporary -> Files.write(temporary, encoded));
    }

    /**
     * The encoded bytes of an image, converted as {@link #write(BufferedImage, Path, ImageFormat,
     * ImageWriteOptions)} describes (e.g. for an upload).
     */
    public static byte[] encode(BufferedImage image, ImageFormat format, ImageWriteOptions options) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            encodeOrExplain(image, format, options, out, UNNAMED);
        } catch (IOException e) {
            throw new ImageWriteException(
                    UNNAMED, "encoding as " + format.displayName() + " failed: " + e.getMessage(), e);
        }
        return bytes.toByteArray();
    }

    /** 8-bit RGB (TYPE_INT_RGB), transparency flattened onto white; the image itself when already so. */
    public static BufferedImage toRgb(BufferedImage image) {
        return PixelConversions.toRgb(image);
    }

    /** 8-bit RGB with alpha (TYPE_INT_ARGB); the image itself when already so. */
    public static BufferedImage toArgb(BufferedImage image) {
        return PixelConversions.toArgb(image);
    }

    private static void encodeOrExplain(
            BufferedImage image, ImageFormat format, ImageWriteOptions options, ImageOutputStream out, String name)
            throws IOException {
        try {
            ImageEncoder.encode(image, format, options, out);
        } catch (RuntimeException e) {
            throw new ImageWriteException(
                    name,
                    "the image could not be encoded as " + format.displayName() + " (" + e.getMessage() + "); try PNG",
                    e);
        }
    }
}
