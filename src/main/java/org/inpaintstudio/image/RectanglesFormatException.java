package org.inpaintstudio.image;

/**
 * Rectangles JSON that does not follow API.md. The message names the rectangle (by index, from 0) and the field,
 * e.g. {@code rectangles[1].width must be a positive integer, was 0}.
 */
public class RectanglesFormatException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** Index of the faulty rectangle, or -1 when the document as a whole is wrong. */
    private final int index;
    /** The faulty field, or null. */
    private final String field;

    RectanglesFormatException(int index, String field, String message) {
        super(message);
        this.index = index;
        this.field = field;
    }

    /** Index of the faulty rectangle (from 0), or -1 when the JSON as a whole is wrong. */
    public int index() {
        return index;
    }

    /** The faulty field ("x", "y", "width", "height" or an unknown name), or null. */
    public String field() {
        return field;
    }
}
