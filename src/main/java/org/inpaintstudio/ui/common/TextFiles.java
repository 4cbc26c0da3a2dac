package org.inpaintstudio.ui.common;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import org.inpaintstudio.image.ProcessTemporaries;

/**
 * Saves the app's own small text files (settings, autosave, the key) through a temporary file, so a failed save
 * leaves the old one. Files the user chooses go through the {@code image} package, which names what went wrong.
 */
public final class TextFiles {
    /** Makes the temporary file in the target's folder, e.g. with permissions the final file must have. */
    @FunctionalInterface
    public interface TemporaryFiles {
        Path create(Path folder, String prefix) throws IOException;
    }

    private TextFiles() {}

    public static void writeAtomically(Path file, String text) throws IOException {
        writeAtomically(file, text, (folder, prefix) -> Files.createTempFile(folder, prefix, ".tmp"));
    }

    /** Writes through a temporary file that {@code temporaries} makes, then moves it over the target. */
    public static void writeAtomically(Path file, String text, TemporaryFiles temporaries) throws IOException {
        Path target = file.toAbsolutePath();
        Files.createDirectories(target.getParent());
        String base = "." + target.getFileName() + ".";
        ProcessTemporaries.removeStale(target.getParent(), base); // left by a run that was killed mid-save
        Path temporary = temporaries.create(target.getParent(), ProcessTemporaries.prefix(base));
        try {
            Files.writeString(temporary, text, StandardCharsets.UTF_8);
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                channel.force(true); // on disk before it replaces the old file: a crash leaves one or the other
            }
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
