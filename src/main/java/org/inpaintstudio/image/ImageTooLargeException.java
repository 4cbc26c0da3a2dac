package org.inpaintstudio.image;

import java.util.Locale;

/** The image's header claims more pixels than the {@link ImageLimits} allow; nothing was decoded. */
public class ImageTooLargeException extends ImageReadException {
    private static final long serialVersionUID = 1L;

    private final ImageInfo info;

    public ImageTooLargeException(String source, ImageInfo info, ImageLimits limits) {
        super(
                source,
                "it is " + info.width() + " x " + info.height() + " pixels (" + megapixels(info.pixelCount())
                        + "), more than the " + megapixels(limits.maxPixels())
                        + " this app opens; scale it down in an image "
                        + "editor first",
                null);
        this.info = info;
    }

    /** The size the header claimed. */
    public ImageInfo info() {
        return info;
    }

    static String megapixels(long pixels) {
        double value = pixels / 1_000_000.0;
        return String.format(Locale.ROOT, value >= 10 ? "%.0f megapixels" : "%.1f megapixels", value);
    }
}
