package org.inpaintstudio.batch;

import org.inpaintstudio.image.ImageFormat;

/** File-name arithmetic of a batch: {@code a.jpg} takes its mask from {@code a.png}. */
final class BatchNames {
    private BatchNames() {}

    static String maskName(String photoName) {
        return ImageFormat.baseName(photoName) + ".png";
    }
}
