package org.inpaintstudio.selection;

import org.inpaintstudio.selection.ObjectSelector.Region;

/**
 * The region around the rectangle, reduced by averaging boxes of pixels, with its GrabCut labels; and, after the
 * reduced copy is segmented, the full-size labels that leave only a band along its edge unknown.
 *
 * @param fx full-size pixels a reduced pixel spans across
 * @param fy full-size pixels a reduced pixel spans down
 */
record ReducedRegion(RgbImage image, byte[] labels, double fx, double fy) {
    static ReducedRegion of(RgbImage full, Region region, double scale, SelectionHints hints) {
        int sw = Math.max(1, (int) Math.round(region.width() * scale));
        int sh = Math.max(1, (int) Math.round(region.height() * scale));
        double fx = (double) region.width() / sw;
        double fy = (double) region.height() / sh;
        int[] xStart = spans(sw, fx, region.width());
        int[] yStart = spans(sh, fy, region.height());
        int[] pixels = new int[sw * sh];
        int[] source = full.pixels();
        long[] sums = new long[3 * sw];
        for (int sy = 0; sy < sh; sy++) {
            java.util.Arrays.fill(sums, 0);
            for (int y = yStart[sy]; y < yStart[sy + 1]; y++) {
                int row = (region.y0() + y) * full.width() + region.x0();
                for (int sx = 0; sx < sw; sx++) {
                    long r = 0;
                    long g = 0;
                    long b = 0;
                    for (int x = xStart[sx]; x < xStart[sx + 1]; x++) {
                        int p = source[row + x];
                        r += (p >> 16) & 0xFF;
                        g += (p >> 8) & 0xFF;
                        b += p & 0xFF;
                    }
                    sums[3 * sx] += r;
                    sums[3 * sx + 1] += g;
                    sums[3 * sx + 2] += b;
                }
            }
            int rows = yStart[sy + 1] - yStart[sy];
            for (int sx = 0; sx < sw; sx++) {
                long n = (long) rows * (xStart[sx + 1] - xStart[sx]);
                int r = (int) ((sums[3 * sx] + n / 2) / n);
                int g = (int) ((sums[3 * sx + 1] + n / 2) / n);
                int b = (int) ((sums[3 * sx + 2] + n / 2) / n);
                pixels[sy * sw + sx] = (r << 16) | (g << 8) | b;
            }
        }
        byte[] labels = new byte[sw * sh];
        for (int sy = 0; sy < sh; sy++) {
            int cy = region.y0() + (int) ((sy + 0.5) * fy);
            for (int sx = 0; sx < sw; sx++) {
                int cx = region.x0() + (int) ((sx + 0.5) * fx);
                labels[sy * sw + sx] = region.insideRect(cx, cy) ? GrabCut.PROBABLY_FOREGROUND : GrabCut.BACKGROUND;
            }
        }
        if (hints != null && !hints.isEmpty()) {
            for (int y = 0; y < region.height(); y++) {
                int sy = Math.min(sh - 1, (int) (y / fy));
                for (int x = 0; x < region.width(); x++) {
                    byte mark = hints.at(region.x0() + x, region.y0() + y);
                    if (mark != SelectionHints.NONE) {
                        int sx = Math.min(sw - 1, (int) (x / fx));
                        labels[sy * sw + sx] = mark == SelectionHints.OBJECT ? GrabCut.FOREGROUND : GrabCut.BACKGROUND;
                    }
                }
            }
        }
        return new ReducedRegion(new RgbImage(sw, sh, pixels), labels, fx, fy);
    }

    /** First full-size index of each reduced cell, and the end. */
    private static int[] spans(int cells, double factor, int fullSize) {
        int[] start = new int[cells + 1];
        for (int i = 0; i <= cells; i++) {
            start[i] = Math.min(fullSize, (int) Math.round(i * factor));
        }
        for (int i = 1; i <= cells; i++) {
            start[i] = Math.max(start[i], start[i - 1] + 1 > fullSize ? fullSize : start[i - 1] + 1);
        }
        start[cells] = fullSize;
        return start;
    }

    /**
     * Full-size labels of the region from the segmented reduced copy: fixed where the reduced result is far from its
     * edge, unknown (on the side the smooth upscaled result says) in the band of reduced pixels along the edge.
     */
    byte[] edgeBand(Region region, SelectionHints hints) {
        int sw = image.width();
        int sh = image.height();
        boolean[] fg = new boolean[sw * sh];
        for (int i = 0; i < fg.length; i++) {
            fg[i] = GrabCut.isForeground(labels[i]);
        }
        boolean[] band = new boolean[sw * sh];
        for (int y = 0; y < sh; y++) {
            for (int x = 0; x < sw; x++) {
                int i = y * sw + x;
                boolean f = fg[i];
                band[i] = x > 0 && fg[i - 1] != f
                        || x + 1 < sw && fg[i + 1] != f
                        || y > 0 && fg[i - sw] != f
                        || y + 1 < sh && fg[i + sw] != f;
            }
        }
        int w = region.width();
        int h = region.height();
        byte[] out = new byte[w * h];
        for (int y = 0; y < h; y++) {
            double syf = clamp((y + 0.5) / fy - 0.5, sh - 1);
            int iy = (int) syf;
            int iy1 = Math.min(sh - 1, iy + 1);
            double ty = syf - iy;
            int ny = Math.min(sh - 1, (int) Math.round(syf));
            for (int x = 0; x < w; x++) {
                double sxf = clamp((x + 0.5) / fx - 0.5, sw - 1);
                int nx = Math.min(sw - 1, (int) Math.round(sxf));
                int nearest = ny * sw + nx;
                byte label;
                if (band[nearest]) {
                    int ix = (int) sxf;
                    int ix1 = Math.min(sw - 1, ix + 1);
                    double tx = sxf - ix;
                    double top = value(fg, iy * sw + ix) * (1 - tx) + value(fg, iy * sw + ix1) * tx;
                    double bottom = value(fg, iy1 * sw + ix) * (1 - tx) + value(fg, iy1 * sw + ix1) * tx;
                    label = top * (1 - ty) + bottom * ty >= 0.5
                            ? GrabCut.PROBABLY_FOREGROUND
                            : GrabCut.PROBABLY_BACKGROUND;
                } else {
                    label = fg[nearest] ? GrabCut.FOREGROUND : GrabCut.BACKGROUND;
                }
                if (!region.insideRect(region.x0() + x, region.y0() + y)) {
                    label = GrabCut.BACKGROUND;
                }
                out[y * w + x] = Region.withHint(label, hints, region.x0() + x, region.y0() + y);
            }
        }
        return out;
    }

    private static double value(boolean[] fg, int i) {
        return fg[i] ? 1 : 0;
    }

    private static double clamp(double v, int max) {
        return v < 0 ? 0 : Math.min(v, max);
    }
}
