package org.inpaintstudio.ui.mask;

/** A rectangle of mask pixels that changed, in image pixels; {@code x1}/{@code y1} are exclusive. */
public record MaskRegion(int x0, int y0, int x1, int y1) {
    public int width() {
        return x1 - x0;
    }

    public int height() {
        return y1 - y0;
    }

    public boolean isEmpty() {
        return x1 <= x0 || y1 <= y0;
    }

    public MaskRegion union(MaskRegion other) {
        if (other == null || other.isEmpty()) {
            return this;
        }
        if (isEmpty()) {
            return other;
        }
        return new MaskRegion(
                Math.min(x0, other.x0), Math.min(y0, other.y0), Math.max(x1, other.x1), Math.max(y1, other.y1));
    }
}
