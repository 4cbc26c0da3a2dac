package org.inpaintstudio.image;

/**
 * An image, mask or rectangles file could not be saved. Any file already at the target is left as it was.
 * The message names the file and says what to do, e.g. "Cannot save result.png: the disk is full; free some
 * space or save to another drive".
 */
public class ImageWriteException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String reason;

    public ImageWriteException(String target, String reason, Throwable cause) {
        super("Cannot save " + target + ": " + reason, cause);
        this.reason = reason;
    }

    /** What went wrong, without the file name. */
    public String reason() {
        return reason;
    }
}
