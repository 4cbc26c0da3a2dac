package org.inpaintstudio.image;

import com.luciad.imageio.webp.WebPWriteParam;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * Encodes an image in one format, adapting the pixels to what the format can hold. The JDK's writers come first
 * (TwelveMonkeys' JPEG writer only wraps the JDK's, and its TIFF writer cannot write 16-bit RGB); WebP, which the
 * JDK lacks, is written by webp-imageio.
 */
final class ImageEncoder {
    private static final String PREFERRED_PLUGINS = "com.sun.imageio.";
    private static final String TIFF_COMPRESSION = "LZW";

    static {
        PluginRegistry.ensureRegistered();
    }

    private ImageEncoder() {}

    static void encode(BufferedImage image, ImageFormat format, ImageWriteOptions options, ImageOutputStream out)
            throws IOException {
        BufferedImage pixels = adapt(image, format);
        ImageWriter writer = writerFor(format, pixels);
        if (writer == null) { // an unusual colour model: fall back to plain 8-bit
            pixels = pixels.getColorModel().hasAlpha()
                    ? PixelConversions.toArgb(pixels)
                    : PixelConversions.toRgb(pixels);
            writer = writerFor(format, pixels);
        }
        if (writer == null) {
            throw new IllegalStateException("no ImageIO writer for " + format.displayName() + " on the class path");
        }
        try {
            writer.setOutput(out);
            writer.write(null, new IIOImage(pixels, null, null), parameters(writer, format, options));
            out.flush();
        } finally {
            writer.dispose();
        }
    }

    /** What each format is given: JPEG and BMP lose alpha (flattened onto white), WebP gets 8-bit ARGB. */
    private static BufferedImage adapt(BufferedImage image, ImageFormat format) {
        return switch (format) {
            case JPEG, BMP -> PixelConversions.withoutAlpha(image);
            case WEBP ->
                image.getColorModel().hasAlpha() ? PixelConversions.toArgb(image) : PixelConversions.toRgb(image);
            case PNG, TIFF -> image;
        };
    }

    private static ImageWriteParam parameters(ImageWriter writer, ImageFormat format, ImageWriteOptions options) {
        ImageWriteParam param = writer.getDefaultWriteParam();
        switch (format) {
            case JPEG -> {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(options.quality());
            }
            case WEBP -> {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                if (options.lossless()) {
                    param.setCompressionType(param.getCompressionTypes()[WebPWriteParam.LOSSLESS_COMPRESSION]);
                } else {
                    param.setCompressionType(param.getCompressionTypes()[WebPWriteParam.LOSSY_COMPRESSION]);
                    param.setCompressionQuality(options.quality());
                }
            }
            case TIFF -> {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionType(TIFF_COMPRESSION);
            }
            case PNG, BMP -> {
                // lossless, nothing to choose
            }
        }
        return param;
    }

    /** A writer that can encode these pixels, the JDK's first, or null when none can. */
    private static ImageWriter writerFor(ImageFormat format, BufferedImage pixels) {
        ImageTypeSpecifier type = ImageTypeSpecifier.createFromRenderedImage(pixels);
        ImageWriter chosen = null;
        Iterator<ImageWriter> writers =
                ImageIO.getImageWritersByFormatName(format.name().toLowerCase(Locale.ROOT));
        while (writers.hasNext()) {
            ImageWriter writer = writers.next();
            if (!writer.getOriginatingProvider().canEncodeImage(type)) {
                continue;
            }
            if (chosen == null
                    || writer.getClass().getName().startsWith(PREFERRED_PLUGINS)
                            && !chosen.getClass().getName().startsWith(PREFERRED_PLUGINS)) {
                chosen = writer;
            }
        }
        return chosen;
    }
}
