package org.inpaintstudio.image;

/** An area to repair, in image pixels, as in the API's {@code rectangles} JSON. */
public record MaskRectangle(int x, int y, int width, int height) {
    public MaskRectangle {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException(
                    "a rectangle needs a positive width and height, was " + width + " x " + height);
        }
    }

    /** The part inside an image of the given size, or null when nothing is left. */
    public MaskRectangle clippedTo(int imageWidth, int imageHeight) {
        long x0 = Math.max(0, x);
        long y0 = Math.max(0, y);
        long x1 = Math.min(imageWidth, (long) x + width);
        long y1 = Math.min(imageHeight, (long) y + height);
        if (x1 <= x0 || y1 <= y0) {
            return null;
        }
        return new MaskRectangle((int) x0, (int) y0, (int) (x1 - x0), (int) (y1 - y0));
    }
}
