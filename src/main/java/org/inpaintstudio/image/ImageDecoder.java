package org.inpaintstudio.image;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.event.IIOReadWarningListener;
import javax.imageio.stream.ImageInputStream;

/**
 * Reads the size from the header, checks it against the pixel budget, and only then decodes, with the
 * TwelveMonkeys readers where they exist (CMYK JPEG, 16-bit TIFF, WebP) and the JDK's for PNG and BMP.
 */
final class ImageDecoder {
    private static final String PREFERRED_PLUGINS = "com.twelvemonkeys.";

    static {
        PluginRegistry.ensureRegistered();
    }

    private ImageDecoder() {}

    static ImageInfo probe(EncodedImage source) {
        ImageFormat format = formatOf(source);
        try (ImageInputStream input = open(source)) {
            ImageReader reader = readerFor(format, input);
            try {
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                return oriented(format, width, height, ExifOrientation.of(source, format));
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            throw ReadFailures.translate(source, format, e);
        }
    }

    static DecodedImage read(EncodedImage source, ImageLimits limits) {
        ImageFormat format = formatOf(source);
        try (ImageInputStream input = open(source)) {
            ImageReader reader = readerFor(format, input);
            try {
                ImageInfo stored = new ImageInfo(format, reader.getWidth(0), reader.getHeight(0));
                if (!limits.allows(stored)) {
                    throw new ImageTooLargeException(source.name(), stored, limits);
                }
                return new DecodedImage(decodeUpright(source, reader, stored), format);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            throw ReadFailures.translate(source, format, e);
        }
    }

    private static BufferedImage decodeUpright(EncodedImage source, ImageReader reader, ImageInfo stored)
            throws IOException {
        try {
            BufferedImage image = decode(source, reader);
            return OrientationTransform.apply(image, ExifOrientation.of(source, stored.format()));
        } catch (OutOfMemoryError e) { // one large array failed: the heap is usable again once it is dropped
            throw new ImageReadException(
                    source.name(),
                    "there is not enough memory for an image of " + stored.width() + " x " + stored.height()
                            + " pixels; close other images or scale it down",
                    null);
        }
    }

    /** Decodes image 0; a JPEG that ends early only gets a warning from ImageIO, and is refused here. */
    private static BufferedImage decode(EncodedImage source, ImageReader reader) throws IOException {
        List<String> warnings = new ArrayList<>();
        reader.addIIOReadWarningListener(collectInto(warnings));
        BufferedImage image = reader.read(0);
        for (String warning : warnings) {
            if (warning.toLowerCase(Locale.ROOT).contains("premature end")) {
                throw new ImageReadException(source.name(), ReadFailures.TRUNCATED, null);
            }
        }
        return image;
    }

    private static IIOReadWarningListener collectInto(List<String> warnings) {
        return (reader, warning) -> warnings.add(warning);
    }

    private static ImageFormat formatOf(EncodedImage source) {
        byte[] head;
        try {
            head = source.head();
        } catch (IOException e) {
            throw ReadFailures.translate(source, null, e);
        }
        try {
            return ImageFormat.detect(head);
        } catch (UnsupportedImageFormatException e) {
            throw new UnsupportedImageFormatException(source.name(), e.reason());
        }
    }

    private static ImageInputStream open(EncodedImage source) {
        try {
            return source.openImageInput();
        } catch (IOException e) {
            throw ReadFailures.translate(source, null, e);
        }
    }

    /** The reader for a format, TwelveMonkeys first; its input is set to {@code input}. */
    static ImageReader readerFor(ImageFormat format, ImageInputStream input) {
        ImageReader chosen = null;
        Iterator<ImageReader> readers =
                ImageIO.getImageReadersByFormatName(format.name().toLowerCase(Locale.ROOT));
        while (readers.hasNext()) {
            ImageReader reader = readers.next();
            if (chosen == null
                    || reader.getClass().getName().startsWith(PREFERRED_PLUGINS)
                            && !chosen.getClass().getName().startsWith(PREFERRED_PLUGINS)) {
                chosen = reader;
            }
        }
        if (chosen == null) {
            throw new IllegalStateException("no ImageIO reader for " + format + " on the class path");
        }
        chosen.setInput(input, true, true);
        return chosen;
    }

    private static ImageInfo oriented(ImageFormat format, int width, int height, ExifOrientation orientation) {
        return orientation.swapsAxes() ? new ImageInfo(format, height, width) : new ImageInfo(format, width, height);
    }
}
