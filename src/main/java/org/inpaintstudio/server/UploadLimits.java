package org.inpaintstudio.server;

/**
 * Size limits of a create-task body, enforced while it streams in.
 *
 * @param maxImageBytes an image or mask as received (a file part, or base64 once decoded); over it is a 413
 * @param maxPartBytes any one part as it travels: an image's base64 text is a third larger than the image
 * @param maxBodyBytes the whole body: an image and a mask, both as base64, with room for the other fields
 */
record UploadLimits(long maxImageBytes, long maxPartBytes, long maxBodyBytes) {
    /** Room for a {@code data:} prefix and MIME line breaks (2 bytes every 76) around the base64 text. */
    private static final double BASE64_SLACK = 1.03;

    private static final long FIELDS_ALLOWANCE = 1024 * 1024;

    static UploadLimits forImagesOf(long maxImageBytes) {
        long base64 = (long) Math.ceil((maxImageBytes + 2) / 3 * 4 * BASE64_SLACK) + 1024;
        return new UploadLimits(maxImageBytes, base64, 2 * base64 + FIELDS_ALLOWANCE);
    }

    String describeImageLimit() {
        return maxImageBytes % (1024 * 1024) == 0 ? maxImageBytes / (1024 * 1024) + " MB" : maxImageBytes + " bytes";
    }
}
