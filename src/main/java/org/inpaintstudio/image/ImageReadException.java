package org.inpaintstudio.image;

/**
 * An image or mask could not be read. The message is meant for people: it names the file and says what to do,
 * e.g. "Cannot open holiday.gif: GIF is not supported: save the image as PNG or JPEG and open that".
 *
 * <p>Unchecked, like every exception of this package, so that callers decide where to show it.
 */
public class ImageReadException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String reason;

    /** A failure not yet tied to a file; {@link #getMessage()} is the reason alone. */
    public ImageReadException(String reason) {
        super(reason);
        this.reason = reason;
    }

    /** A failure reading {@code source} (a file name, or e.g. "the mask"). */
    public ImageReadException(String source, String reason, Throwable cause) {
        super("Cannot open " + source + ": " + reason, cause);
        this.reason = reason;
    }

    /** What went wrong, without the file name. */
    public String reason() {
        return reason;
    }
}
