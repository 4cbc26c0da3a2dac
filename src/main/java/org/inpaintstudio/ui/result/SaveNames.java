package org.inpaintstudio.ui.result;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.inpaintstudio.image.ImageFormat;
import org.inpaintstudio.image.ImageWriteOptions;
import org.inpaintstudio.ui.editor.EditorDocument;

/**
 * Where a result goes by default and how it is written: {@code <name>-inpainted.<ext>} beside the original, in
 * the original's format (PNG when that is unknown), JPEG at the chosen quality, WebP lossless.
 */
public final class SaveNames {
    static final String SUFFIX = "-inpainted";

    private SaveNames() {}

    /** "photo.jpg" gives "photo-inpainted.jpg"; a name without a known extension gives a PNG name. */
    public static String defaultName(String documentName) {
        if (ImageFormat.fromFileName(documentName).isEmpty()) {
            return documentName + SUFFIX + "." + ImageFormat.PNG.defaultExtension();
        }
        int dot = documentName.lastIndexOf('.');
        return documentName.substring(0, dot)
                + SUFFIX
                + documentName.substring(dot).toLowerCase(Locale.ROOT);
    }

    /** Beside the original, or null when the image has no file (pasted, dropped from a browser). */
    public static Path defaultTarget(EditorDocument doc) {
        return doc.path() == null ? null : doc.path().toAbsolutePath().resolveSibling(defaultName(doc.name()));
    }

    /** Whether saving to {@code target} would replace the image the document was opened from. */
    public static boolean isOriginal(Path target, EditorDocument doc) {
        if (doc.path() == null) {
            return false;
        }
        Path original = doc.path().toAbsolutePath().normalize();
        Path chosen = target.toAbsolutePath().normalize();
        try {
            return chosen.equals(original) || Files.exists(chosen) && Files.isSameFile(chosen, original);
        } catch (IOException e) {
            return false;
        }
    }

    /** JPEG at {@code jpegQuality} (1 to 100); WebP lossless; the others have no quality. */
    public static ImageWriteOptions options(ImageFormat format, int jpegQuality) {
        return switch (format) {
            case JPEG -> ImageWriteOptions.quality(Math.max(1, Math.min(100, jpegQuality)) / 100f);
            case WEBP -> ImageWriteOptions.BEST;
            default -> ImageWriteOptions.DEFAULT;
        };
    }
}
