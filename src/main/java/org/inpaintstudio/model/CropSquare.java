package org.inpaintstudio.model;

import org.inpaintstudio.image.PixelBox;

/**
 * The square of the photo a model sees for one mask region: the region with context around it, at least the
 * model's side, centred on the region and shifted to stay inside the photo. A photo smaller than the square leaves
 * part of it outside; those pixels repeat the photo's edge.
 *
 * @param x the left edge in photo pixels, negative when the square is wider than the photo
 * @param y the top edge, likewise
 * @param side the square's side in photo pixels
 */
record CropSquare(int x, int y, int side) {
    /** The context: the square's side is at least this many times the region's larger side. */
    static final double CONTEXT = 2.0;

    static CropSquare around(PixelBox region, int minSide, int imageWidth, int imageHeight) {
        int regionSide = Math.max(region.width(), region.height());
        int side = Math.max(minSide, (int) Math.ceil(regionSide * CONTEXT));
        // never larger than the photo needs, never smaller than the region with a margin
        side = Math.max(Math.min(side, Math.max(imageWidth, imageHeight)), regionSide + 2 * ModelInpainter.DILATION);
        return new CropSquare(
                axis(region.x0(), region.x1(), side, imageWidth),
                axis(region.y0(), region.y1(), side, imageHeight),
                side);
    }

    private static int axis(int lo, int hi, int side, int size) {
        if (side >= size) {
            return (size - side) / 2;
        }
        int start = (lo + hi) / 2 - side / 2;
        return Math.max(0, Math.min(size - side, start));
    }

    /** Whether the box lies inside the square, at least {@code margin} pixels from its edges. */
    boolean holds(PixelBox box, int margin) {
        return box.x0() >= x + margin
                && box.y0() >= y + margin
                && box.x1() <= x + side - margin
                && box.y1() <= y + side - margin;
    }
}
