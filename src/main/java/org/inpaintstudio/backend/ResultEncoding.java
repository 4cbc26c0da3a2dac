package org.inpaintstudio.backend;

import java.awt.image.BufferedImage;
import org.inpaintstudio.image.ImageFormat;

/**
 * The output format of API.md's decisions: JPEG at quality 95 for a JPEG input, PNG for everything else (PNG, BMP,
 * TIFF, WebP), so that pixels outside the mask come back bit-exact whenever the input was lossless.
 */
final class ResultEncoding {
    private ResultEncoding() {}

    static ImageFormat outputFormatFor(ImageFormat input) {
        return input == ImageFormat.JPEG ? ImageFormat.JPEG : ImageFormat.PNG;
    }

    /** The repaired image, to be encoded in the output format for this input when its bytes are asked for. */
    static InpaintResult of(BufferedImage image, ImageFormat input) {
        return InpaintResult.decoded(image, outputFormatFor(input));
    }
}
