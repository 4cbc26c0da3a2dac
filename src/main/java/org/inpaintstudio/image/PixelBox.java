package org.inpaintstudio.image;

/** A rectangle of pixels, {@code [x0, x1) x [y0, y1)}. */
public record PixelBox(int x0, int y0, int x1, int y1) {
    public PixelBox {
        if (x1 <= x0 || y1 <= y0) {
            throw new IllegalArgumentException("empty box " + x0 + "," + y0 + " - " + x1 + "," + y1);
        }
    }

    public int width() {
        return x1 - x0;
    }

    public int height() {
        return y1 - y0;
    }

    public long area() {
        return (long) width() * height();
    }

    /** This box grown by a margin on every side, clipped to an image of the given size. */
    public PixelBox grow(int margin, int imageWidth, int imageHeight) {
        return new PixelBox(
                Math.max(0, x0 - margin),
                Math.max(0, y0 - margin),
                Math.min(imageWidth, x1 + margin),
                Math.min(imageHeight, y1 + margin));
    }

    public boolean intersects(PixelBox other) {
        return x0 < other.x1 && other.x0 < x1 && y0 < other.y1 && other.y0 < y1;
    }

    public PixelBox union(PixelBox other) {
        return new PixelBox(
                Math.min(x0, other.x0), Math.min(y0, other.y0), Math.max(x1, other.x1), Math.max(y1, other.y1));
    }
}
