package org.inpaintstudio.backend;

import java.awt.image.BufferedImage;
import org.inpaintstudio.image.ImageFiles;
import org.inpaintstudio.image.ImageFormat;
import org.inpaintstudio.image.ImageWriteOptions;

/**
 * The output format of API.md's decisions: JPEG at quality 95 for a JPEG input, PNG for everything else (PNG, BMP,
 * TIFF, WebP), so that pixels outside the mask come back bit-exact whenever the input was lossless.
 */
final class ResultEncoding {
    private static final ImageWriteOptions JPEG_95 = ImageWriteOptions.quality(0.95f);

    private ResultEncoding() {
    }

    static ImageFormat outputFormatFor(ImageFormat input) {
        return input == ImageFormat.JPEG ? ImageFormat.JPEG : ImageFormat.PNG;
    }

    static InpaintResult encode(BufferedImage image, ImageFormat input) {
        ImageFormat output = outputFormatFor(input);
        return new InpaintResult(ImageFiles.encode(image, output, JPEG_95), output);
    }
}
