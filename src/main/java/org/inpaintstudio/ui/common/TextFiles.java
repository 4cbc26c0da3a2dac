package org.inpaintstudio.ui.common;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Saves small text files (settings, rectangles) through a temporary file, so a failed save leaves the old one. */
public final class TextFiles {
    /** Makes the temporary file in the target's folder, e.g. with permissions the final file must have. */
    @FunctionalInterface
    public interface TemporaryFiles {
        Path create(Path folder, String prefix) throws IOException;
    }

    private TextFiles() {
    }

    public static void writeAtomically(Path file, String text) throws IOException {
        writeAtomically(file, text, (folder, prefix) -> Files.createTempFile(folder, prefix, ".tmp"));
    }

    /** Writes through a temporary file that {@code temporaries} makes, then moves it over the target. */
    public static void writeAtomically(Path file, String text, TemporaryFiles temporaries) throws IOException {
        Path target = file.toAbsolutePath();
        Files.createDirectories(target.getParent());
        Path temporary = temporaries.create(target.getParent(), "." + target.getFileName());
        try {
            Files.writeString(temporary, text, StandardCharsets.UTF_8);
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
