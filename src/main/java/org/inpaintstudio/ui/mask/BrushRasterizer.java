package org.inpaintstudio.ui.mask;

/**
 * Paints a round brush dragged along a segment: every pixel whose centre lies within the radius of the segment.
 * Each row is one span computed in closed form, so a fast drag leaves no gaps and costs only the pixels covered.
 */
public final class BrushRasterizer {
    private BrushRasterizer() {}

    /** A single dab at (x, y), in image pixels. */
    public static void dab(EditableMask mask, double x, double y, double diameter, boolean repair) {
        segment(mask, x, y, x, y, diameter, repair);
    }

    /** The capsule from (ax, ay) to (bx, by) with the brush's diameter, in image pixels. */
    public static void segment(
            EditableMask mask, double ax, double ay, double bx, double by, double diameter, boolean repair) {
        double r = Math.max(0.5, diameter / 2);
        int yFirst = Math.max(0, (int) Math.ceil(Math.min(ay, by) - r - 0.5));
        int yLast = Math.min(mask.height() - 1, (int) Math.floor(Math.max(ay, by) + r - 0.5));
        double dx = bx - ax;
        double dy = by - ay;
        double length = Math.hypot(dx, dy);
        for (int y = yFirst; y <= yLast; y++) {
            double yc = y + 0.5;
            double[] span = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
            addDisk(span, ax, ay, r, yc);
            addDisk(span, bx, by, r, yc);
            if (length > 0) {
                addStrip(span, ax, ay, dx / length, dy / length, length, r, yc);
            }
            if (span[0] <= span[1]) {
                int from = (int) Math.ceil(span[0] - 0.5);
                int to = (int) Math.floor(span[1] - 0.5) + 1;
                mask.fillSpan(y, from, to, repair);
            }
        }
    }

    private static void addDisk(double[] span, double cx, double cy, double r, double yc) {
        double d = yc - cy;
        if (d * d <= r * r) {
            double half = Math.sqrt(r * r - d * d);
            include(span, cx - half, cx + half);
        }
    }

    /** Points whose projection falls on the segment and whose distance from its line is at most r. */
    private static void addStrip(
            double[] span, double ax, double ay, double ux, double uy, double length, double r, double yc) {
        double rel = yc - ay;
        // along the segment: t = (x - ax) * ux + rel * uy must lie in [0, length]
        double[] along = solve(ux, rel * uy, 0, length, ax);
        // across it: s = -(x - ax) * uy + rel * ux must lie in [-r, r]
        double[] across = solve(-uy, rel * ux, -r, r, ax);
        if (along == null || across == null) {
            return;
        }
        double lo = Math.max(along[0], across[0]);
        double hi = Math.min(along[1], across[1]);
        if (lo <= hi) {
            include(span, lo, hi);
        }
    }

    /** The x where {@code lo <= (x - origin) * slope + offset <= hi}; null when empty. */
    private static double[] solve(double slope, double offset, double lo, double hi, double origin) {
        if (Math.abs(slope) < 1e-12) {
            boolean inside = offset >= lo && offset <= hi;
            return inside ? new double[] {Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY} : null;
        }
        double x1 = origin + (lo - offset) / slope;
        double x2 = origin + (hi - offset) / slope;
        return new double[] {Math.min(x1, x2), Math.max(x1, x2)};
    }

    private static void include(double[] span, double lo, double hi) {
        span[0] = Math.min(span[0], lo);
        span[1] = Math.max(span[1], hi);
    }
}
