package org.inpaintstudio.ui.mask;

import java.util.Arrays;
import java.util.List;

/** Fills a closed outline (lasso, polygon) by scanlines through the pixel centres, non-zero winding. */
public final class PolygonRasterizer {
    /** A vertex in image pixels. */
    public record Point(double x, double y) {}

    private PolygonRasterizer() {}

    public static void fill(EditableMask mask, List<Point> outline, boolean repair) {
        int n = outline.size();
        if (n < 3) {
            return;
        }
        double minY = Double.POSITIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (Point p : outline) {
            minY = Math.min(minY, p.y());
            maxY = Math.max(maxY, p.y());
        }
        int yFirst = Math.max(0, (int) Math.ceil(minY - 0.5));
        int yLast = Math.min(mask.height() - 1, (int) Math.floor(maxY - 0.5));
        double[] xs = new double[n];
        int[] winding = new int[n];
        Integer[] order = new Integer[n];
        for (int y = yFirst; y <= yLast; y++) {
            double yc = y + 0.5;
            int count = 0;
            for (int i = 0; i < n; i++) {
                Point a = outline.get(i);
                Point b = outline.get((i + 1) % n);
                boolean up = a.y() <= yc && b.y() > yc;
                boolean down = b.y() <= yc && a.y() > yc;
                if (up || down) {
                    xs[count] = a.x() + (yc - a.y()) * (b.x() - a.x()) / (b.y() - a.y());
                    winding[count] = up ? 1 : -1;
                    order[count] = count;
                    count++;
                }
            }
            fillRow(mask, y, xs, winding, order, count, repair);
        }
        mask.flushChanges();
    }

    private static void fillRow(
            EditableMask mask, int y, double[] xs, int[] winding, Integer[] order, int count, boolean repair) {
        Arrays.sort(order, 0, count, (i, j) -> Double.compare(xs[i], xs[j]));
        int inside = 0;
        double start = 0;
        for (int k = 0; k < count; k++) {
            int i = order[k];
            int before = inside;
            inside += winding[i];
            if (before == 0 && inside != 0) {
                start = xs[i];
            } else if (before != 0 && inside == 0) {
                mask.fillSpan(y, (int) Math.ceil(start - 0.5), (int) Math.ceil(xs[i] - 0.5), repair);
            }
        }
    }
}
