package org.inpaintstudio.image;

import java.util.Arrays;

/**
 * Which pixels of an image to repair: one byte a pixel, {@link #REPAIR} or {@link #KEEP}, the image's size.
 *
 * <p>The backing array is exposed through {@link #data()} for tight loops (painting, the engine); index it as
 * {@code y * width + x}. Anything other than {@code KEEP} counts as repair.
 */
public final class MaskPlane {
    public static final byte KEEP = 0;
    public static final byte REPAIR = 1;

    private final int width;
    private final int height;
    private final byte[] data;

    public MaskPlane(int width, int height) {
        this(width, height, new byte[checkedArea(width, height)]);
    }

    private MaskPlane(int width, int height, byte[] data) {
        this.width = width;
        this.height = height;
        this.data = data;
    }

    /** Wraps an existing array (not copied) of {@code width * height} bytes. */
    public static MaskPlane wrap(int width, int height, byte[] data) {
        if (data.length != checkedArea(width, height)) {
            throw new IllegalArgumentException(
                    "mask data has " + data.length + " bytes, expected " + width + " x " + height);
        }
        return new MaskPlane(width, height, data);
    }

    private static int checkedArea(int width, int height) {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("mask size must be positive, was " + width + " x " + height);
        }
        long area = (long) width * height;
        if (area > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("mask of " + width + " x " + height + " is too large");
        }
        return (int) area;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** The backing array, row-major; writes go straight into this mask. */
    public byte[] data() {
        return data;
    }

    public boolean isRepair(int x, int y) {
        return data[y * width + x] != KEEP;
    }

    public void set(int x, int y, boolean repair) {
        data[y * width + x] = repair ? REPAIR : KEEP;
    }

    /** Marks the part of the rectangle that lies inside the mask; the rest is ignored (clipped). */
    public void fill(MaskRectangle rectangle, boolean repair) {
        int x0 = Math.max(0, rectangle.x());
        int y0 = Math.max(0, rectangle.y());
        int x1 = (int) Math.min(width, (long) rectangle.x() + rectangle.width());
        int y1 = (int) Math.min(height, (long) rectangle.y() + rectangle.height());
        byte value = repair ? REPAIR : KEEP;
        for (int y = y0; y < y1; y++) {
            Arrays.fill(data, y * width + x0, Math.max(y * width + x0, y * width + x1), value);
        }
    }

    /** How many pixels are marked for repair. */
    public long repairCount() {
        long count = 0;
        for (byte b : data) {
            if (b != KEEP) {
                count++;
            }
        }
        return count;
    }

    /** Every pixel marked for repair: nothing of the image is left to fill the mask from. */
    public boolean isFull() {
        return repairCount() == (long) width() * height();
    }

    public boolean isEmpty() {
        for (byte b : data) {
            if (b != KEEP) {
                return false;
            }
        }
        return true;
    }

    /** The smallest rectangle holding every pixel marked for repair, or null when none is. */
    public MaskRectangle repairBounds() {
        return repairBoundsWithin(new MaskRectangle(0, 0, width, height));
    }

    /** The smallest rectangle holding every pixel of {@code area} (inside the plane) marked for repair, or null. */
    public MaskRectangle repairBoundsWithin(MaskRectangle area) {
        int minX = Integer.MAX_VALUE;
        int minY = Integer.MAX_VALUE;
        int maxX = -1;
        int maxY = -1;
        for (int y = area.y(); y < area.y() + area.height(); y++) {
            int row = y * width;
            for (int x = area.x(); x < area.x() + area.width(); x++) {
                if (data[row + x] != KEEP) {
                    minX = Math.min(minX, x);
                    maxX = Math.max(maxX, x);
                    minY = Math.min(minY, y);
                    maxY = y;
                }
            }
        }
        return maxX < 0 ? null : new MaskRectangle(minX, minY, maxX - minX + 1, maxY - minY + 1);
    }

    public MaskPlane copy() {
        return new MaskPlane(width, height, data.clone());
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof MaskPlane other)) {
            return false;
        }
        if (width != other.width || height != other.height) {
            return false;
        }
        for (int i = 0; i < data.length; i++) {
            if ((data[i] != KEEP) != (other.data[i] != KEEP)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        int h = 31 * width + height;
        for (byte b : data) {
            h = 31 * h + (b != KEEP ? 1 : 0);
        }
        return h;
    }

    @Override
    public String toString() {
        return "MaskPlane[" + width + " x " + height + ", " + repairCount() + " to repair]";
    }
}
