package org.inpaintstudio.image;

import java.io.EOFException;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.Locale;

/** Turns what ImageIO and the file system throw into messages that say what happened and what to do. */
final class ReadFailures {
    static final String TRUNCATED = "the file is incomplete (it ends too early); download or export it again";

    private ReadFailures() {}

    static ImageReadException translate(EncodedImage source, ImageFormat format, Exception e) {
        if (e instanceof ImageReadException known) {
            return known;
        }
        return new ImageReadException(source.name(), reason(format, e), e);
    }

    private static String reason(ImageFormat format, Exception e) {
        if (e instanceof NoSuchFileException) {
            return "the file does not exist; check the name and folder";
        }
        if (e instanceof AccessDeniedException) {
            return "you have no permission to read it; check the file's permissions";
        }
        String detail = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
        if (e instanceof FileNotFoundException && detail.contains("directory")) {
            return "it is a folder, not an image file";
        }
        if (e instanceof FileNotFoundException && detail.contains("permission")) {
            return "you have no permission to read it; check the file's permissions";
        }
        if (e instanceof FileNotFoundException) {
            return "the file does not exist; check the name and folder";
        }
        if (e instanceof IOException && detail.contains("is a directory")) {
            return "it is a folder, not an image file";
        }
        if (endsEarly(e)) {
            return TRUNCATED;
        }
        String kind = format == null ? "image" : format.displayName() + " image";
        return "the file is damaged or not a valid " + kind + "; export it again from the program that made it";
    }

    /** EOF anywhere in the cause chain: readers wrap it in IIOException or worse. */
    private static boolean endsEarly(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (t instanceof EOFException
                    || message.contains("end of file")
                    || message.contains("premature end")
                    || message.contains("unexpected end")
                    || message.contains("truncated")) {
                return true;
            }
        }
        return false;
    }
}
