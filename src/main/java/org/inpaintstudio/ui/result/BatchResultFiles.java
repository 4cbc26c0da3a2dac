package org.inpaintstudio.ui.result;

import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Batch results the user opened from the batch window to fix by hand: for them Save writes over the file itself
 * (that is what the user asked to fix) instead of beside it as {@code -inpainted}.
 */
public final class BatchResultFiles {
    private final Set<Path> files = ConcurrentHashMap.newKeySet();

    public void add(Path result) {
        files.add(normal(result));
    }

    boolean contains(Path file) {
        return file != null && files.contains(normal(file));
    }

    private static Path normal(Path file) {
        return file.toAbsolutePath().normalize();
    }
}
