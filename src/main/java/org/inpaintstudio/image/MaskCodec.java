package org.inpaintstudio.image;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.nio.file.Path;

/**
 * Masks to and from images. Importing follows API.md: a pixel is repaired when its luminance is at least 128 (and,
 * in an image with alpha, its alpha too), in any colour model. Exporting gives an 8-bit grayscale PNG, white =
 * repair, black = keep, so that export then import gives back the same mask bit for bit.
 */
public final class MaskCodec {
    private static final byte WHITE = (byte) 0xFF;
    private static final String UNNAMED = "the mask";

    private MaskCodec() {}

    /** The mask an image stands for, by API.md's rule; the image is not changed. */
    public static MaskPlane fromImage(BufferedImage image) {
        return RepairRule.apply(image);
    }

    /**
     * Reads a mask image of exactly the given size. The size is checked on the header, before decoding.
     *
     * @throws MaskSizeException when the mask's size differs (masks are never stretched)
     * @throws ImageReadException when the file cannot be read as an image
     */
    public static MaskPlane read(Path file, int expectedWidth, int expectedHeight) {
        return read(EncodedImage.of(file), expectedWidth, expectedHeight);
    }

    /** {@link #read(Path, int, int)} for encoded bytes in memory; messages call them "the mask". */
    public static MaskPlane read(byte[] encoded, int expectedWidth, int expectedHeight) {
        return read(EncodedImage.of(encoded, UNNAMED), expectedWidth, expectedHeight);
    }

    private static MaskPlane read(EncodedImage source, int expectedWidth, int expectedHeight) {
        ImageInfo info = ImageDecoder.probe(source);
        if (info.width() != expectedWidth || info.height() != expectedHeight) {
            throw new MaskSizeException(source.name(), info.width(), info.height(), expectedWidth, expectedHeight);
        }
        ImageLimits exactSize = new ImageLimits((long) expectedWidth * expectedHeight);
        return fromImage(ImageDecoder.read(source, exactSize).image());
    }

    /** An 8-bit gray image of the mask: 255 where it repairs, 0 where it keeps. */
    public static BufferedImage toImage(MaskPlane mask) {
        BufferedImage image = new BufferedImage(mask.width(), mask.height(), BufferedImage.TYPE_BYTE_GRAY);
        byte[] pixels = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        byte[] data = mask.data();
        for (int i = 0; i < data.length; i++) {
            pixels[i] = data[i] != MaskPlane.KEEP ? WHITE : 0;
        }
        return image;
    }

    /** Saves the mask as an 8-bit grayscale PNG, atomically (an existing file survives a failed save). */
    public static void writePng(MaskPlane mask, Path file) {
        ImageFiles.write(toImage(mask), file, ImageFormat.PNG, ImageWriteOptions.DEFAULT);
    }

    /** The mask as 8-bit grayscale PNG bytes, e.g. for the API's mask_file. */
    public static byte[] encodePng(MaskPlane mask) {
        return ImageFiles.encode(toImage(mask), ImageFormat.PNG, ImageWriteOptions.DEFAULT);
    }
}
