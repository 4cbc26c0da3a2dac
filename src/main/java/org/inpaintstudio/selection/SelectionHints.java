package org.inpaintstudio.selection;

/**
 * Strokes that tell select-object what is surely part of the object and what surely is not, one mark a pixel of the
 * image. The segmentation keeps these pixels fixed and learns from them.
 */
public final class SelectionHints {
    public static final byte NONE = 0;
    public static final byte OBJECT = 1;
    public static final byte BACKGROUND = 2;

    private final int width;
    private final int height;
    private final byte[] marks;
    private int marked;

    public SelectionHints(int width, int height) {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("hints need a positive size, was " + width + " x " + height);
        }
        this.width = width;
        this.height = height;
        this.marks = new byte[width * height];
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public byte at(int x, int y) {
        return marks[y * width + x];
    }

    public boolean isEmpty() {
        return marked == 0;
    }

    /** Marks the capsule of the given radius around the segment (image pixels, centres at +0.5); later wins. */
    public void stroke(double x0, double y0, double x1, double y1, double radius, byte mark) {
        if (mark != OBJECT && mark != BACKGROUND) {
            throw new IllegalArgumentException("a stroke marks OBJECT or BACKGROUND");
        }
        double r = Math.max(0.5, radius);
        int minX = Math.max(0, (int) Math.floor(Math.min(x0, x1) - r));
        int maxX = Math.min(width - 1, (int) Math.ceil(Math.max(x0, x1) + r));
        int minY = Math.max(0, (int) Math.floor(Math.min(y0, y1) - r));
        int maxY = Math.min(height - 1, (int) Math.ceil(Math.max(y0, y1) + r));
        double dx = x1 - x0;
        double dy = y1 - y0;
        double length2 = dx * dx + dy * dy;
        for (int y = minY; y <= maxY; y++) {
            for (int x = minX; x <= maxX; x++) {
                double px = x + 0.5 - x0;
                double py = y + 0.5 - y0;
                double t = length2 == 0 ? 0 : Math.max(0, Math.min(1, (px * dx + py * dy) / length2));
                double ex = px - t * dx;
                double ey = py - t * dy;
                if (ex * ex + ey * ey <= r * r) {
                    int i = y * width + x;
                    if (marks[i] == NONE) {
                        marked++;
                    }
                    marks[i] = mark;
                }
            }
        }
    }

    public SelectionHints copy() {
        SelectionHints copy = new SelectionHints(width, height);
        System.arraycopy(marks, 0, copy.marks, 0, marks.length);
        copy.marked = marked;
        return copy;
    }
}
