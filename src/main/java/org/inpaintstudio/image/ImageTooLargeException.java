package org.inpaintstudio.image;

/** The image's header claims more pixels than the {@link ImageLimits} allow; nothing was decoded. */
public class ImageTooLargeException extends ImageReadException {
    private static final long serialVersionUID = 1L;

    private final ImageInfo info;

    public ImageTooLargeException(String source, ImageInfo info, ImageLimits limits) {
        super(source, "it is " + info.width() + " x " + info.height() + " pixels (" + megapixels(info.pixelCount())
            + "), more than the " + megapixels(limits.maxPixels()) + " this app opens; scale it down in an image "
            + "editor first", null);
        this.info = info;
    }

    /** The size the header claimed. */
    public ImageInfo info() {
        return info;
    }

    static String megapixels(long pixels) {
        double value = pixels / 1_000_000.0;
        return (value >= 10 ? String.format(java.util.Locale.ROOT, "%.0f", value)
            : String.format(java.util.Locale.ROOT, "%.1f", value)) + " megapixels";
    }
}
