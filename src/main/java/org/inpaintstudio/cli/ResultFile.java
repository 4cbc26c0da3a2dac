package org.inpaintstudio.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.inpaintstudio.image.ImageFiles;
import org.inpaintstudio.image.ImageFormat;
import org.inpaintstudio.image.ImageLimits;
import org.inpaintstudio.image.ImageWriteOptions;

/**
 * Writes a result image where {@code --out} says, atomically: a temporary file beside it, moved into place, so an
 * interrupted run never leaves half a file. The service's bytes are kept as they are when they are already in the
 * format the file name asks for, and converted otherwise (a PNG result saved as {@code .jpg}).
 */
final class ResultFile {
    private ResultFile() {
    }

    /** @return the format written */
    static ImageFormat write(byte[] result, Path out) throws IOException {
        ImageFormat wanted = ImageFormat.fromFileName(out.getFileName().toString())
            .orElseThrow(() -> new IllegalArgumentException("no image extension: " + out));
        ImageFormat got = ImageFormat.detect(result);
        if (got == wanted) {
            writeBytes(result, out);
        } else {
            ImageFiles.write(ImageFiles.read(result, "the result", ImageLimits.EDITOR).image(), out, wanted,
                ImageWriteOptions.DEFAULT);
        }
        return wanted;
    }

    private static void writeBytes(byte[] bytes, Path out) throws IOException {
        Path target = out.toAbsolutePath();
        Path temporary = Files.createTempFile(target.getParent(), "." + target.getFileName() + ".", ".tmp");
        try {
            Files.write(temporary, bytes);
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** What went wrong writing {@code out}, in words that say what to do. */
    static String explain(IOException e, Path out) {
        Path folder = out.toAbsolutePath().getParent();
        if (e instanceof NoSuchFileException) {
            return "the folder " + folder + " does not exist; create it or choose another --out";
        }
        if (e instanceof AccessDeniedException) {
            return "no permission to write in " + folder + "; choose another --out";
        }
        return e.getMessage() + "; choose another --out";
    }
}
