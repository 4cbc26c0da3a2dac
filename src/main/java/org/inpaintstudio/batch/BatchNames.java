package org.inpaintstudio.batch;

/** File-name arithmetic of a batch: {@code a.jpg} takes its mask from {@code a.png}. */
final class BatchNames {
    private BatchNames() {}

    static String baseName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    static String maskName(String photoName) {
        return baseName(photoName) + ".png";
    }
}
