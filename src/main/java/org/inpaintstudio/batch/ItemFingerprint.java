package org.inpaintstudio.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What a batch item's result depends on, as a short text for the journal: the photo's and mask's sizes and
 * modification times, the rectangles and the result's file. Changing any of them makes a resumed batch do the item
 * again rather than keep a result made from something else.
 */
final class ItemFingerprint {
    private ItemFingerprint() {}

    static String of(BatchItem item, BatchSpec spec) throws IOException {
        String mask = item.mask() == null
                ? "rects:" + Integer.toHexString(spec.rectangles().hashCode())
                : "mask:" + file(item.mask());
        return "photo:" + file(item.photo()) + " " + mask + " out:"
                + item.result().getFileName();
    }

    private static String file(Path path) throws IOException {
        return Files.size(path) + "@" + Files.getLastModifiedTime(path).toMillis();
    }
}
