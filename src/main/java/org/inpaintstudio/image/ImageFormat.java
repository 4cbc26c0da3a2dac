package org.inpaintstudio.image;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The image formats Inpaint Studio reads and writes: those of the API (jpg, jpeg, png, bmp, webp, tiff). */
public enum ImageFormat {
    JPEG("JPEG", "image/jpeg", false, "jpg", "jpeg"),
    PNG("PNG", "image/png", true, "png"),
    BMP("BMP", "image/bmp", false, "bmp"),
    WEBP("WebP", "image/webp", true, "webp"),
    TIFF("TIFF", "image/tiff", true, "tif", "tiff");

    private final String displayName;
    private final String mimeType;
    private final boolean keepsAlpha;
    private final List<String> extensions;

    ImageFormat(String displayName, String mimeType, boolean keepsAlpha, String... extensions) {
        this.displayName = displayName;
        this.mimeType = mimeType;
        this.keepsAlpha = keepsAlpha;
        this.extensions = List.of(extensions);
    }

    /** The name people know it by, e.g. "JPEG" or "WebP". */
    public String displayName() {
        return displayName;
    }

    public String mimeType() {
        return mimeType;
    }

    /** File extensions without the dot, lower case; the first is the one used for new files. */
    public List<String> extensions() {
        return extensions;
    }

    public String defaultExtension() {
        return extensions.get(0);
    }

    /** Whether a written file keeps transparency; JPEG and BMP are flattened onto white instead. */
    public boolean keepsAlpha() {
        return keepsAlpha;
    }

    /** The file name without its extension: "photo.jpg" gives "photo"; a name without a dot (or only a leading one) stays. */
    public static String baseName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    /** The format a file name's extension stands for (case-insensitive), or empty for any other name. */
    public static Optional<ImageFormat> fromFileName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        if (dot < 0 || dot == fileName.length() - 1) {
            return Optional.empty();
        }
        String extension = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        for (ImageFormat format : values()) {
            if (format.extensions.contains(extension)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    /**
     * The format of encoded image bytes, told from their first bytes (the magic number), never from a name.
     *
     * @param head at least the first 16 bytes of the file when it has that many
     * @throws UnsupportedImageFormatException for GIF, HEIC and anything else this app cannot open, with a
     *     message that says what to do
     */
    public static ImageFormat detect(byte[] head) {
        return FormatSignature.detect(head);
    }

    /** Every supported extension, for messages and file choosers: "jpg, jpeg, png, bmp, webp, tif, tiff". */
    public static String supportedExtensions() {
        StringBuilder text = new StringBuilder();
        for (ImageFormat format : values()) {
            for (String extension : format.extensions) {
                text.append(text.length() == 0 ? "" : ", ").append(extension);
            }
        }
        return text.toString();
    }
}
