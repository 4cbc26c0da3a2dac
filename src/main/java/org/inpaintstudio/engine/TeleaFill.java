package org.inpaintstudio.engine;

import java.util.Arrays;

/**
 * Fast marching inpainting (Telea 2004): hole pixels are filled in order of their distance to the known area, each
 * from a weighted first-order extrapolation of the pixels already known within a small radius. Quick and good on
 * thin damage; smooth (blurry) on wide holes.
 */
final class TeleaFill {
    private static final byte KNOWN = 0;
    private static final byte BAND = 1;
    private static final byte INSIDE = 2;
    private static final float FAR = 1e6f;
    private static final int REPORT_EVERY = 512;

    private final float[][] planes;
    private final int w;
    private final int h;
    private final int radius;
    private final byte[] flag;
    private final float[] time;
    /** Pixels known from the start: only their gradients extrapolate, so errors cannot build up across the hole. */
    private final boolean[] original;

    private final double[] sums;
    private final double[] originalSums;
    private final float[] low;
    private final float[] high;

    private TeleaFill(float[][] planes, byte[] hole, int w, int h, int radius) {
        this.planes = planes;
        this.w = w;
        this.h = h;
        this.radius = radius;
        this.flag = new byte[w * h];
        this.time = new float[w * h];
        this.original = new boolean[w * h];
        this.sums = new double[planes.length];
        this.originalSums = new double[planes.length];
        this.low = new float[planes.length];
        this.high = new float[planes.length];
        for (int i = 0; i < hole.length; i++) {
            original[i] = hole[i] == 0;
            if (hole[i] != 0) {
                flag[i] = INSIDE;
                time[i] = FAR;
            }
        }
    }

    /** Fills the {@code hole} pixels (non-zero) of the planes in place. */
    static void fill(float[][] planes, byte[] hole, int w, int h, int radius, ProgressTracker progress) {
        new TeleaFill(planes, hole, w, h, radius).march(progress);
    }

    private void march(ProgressTracker progress) {
        FloatMinHeap heap = new FloatMinHeap(1024);
        int total = 0;
        for (int i = 0; i < flag.length; i++) {
            if (flag[i] == INSIDE) {
                total++;
            } else if (touchesInside(i)) {
                flag[i] = BAND;
                heap.push(0f, i);
            }
        }
        if (heap.isEmpty()) {
            float[][] smooth = MembraneFill.fill(planes, hole(), w, h, progress.cancel());
            for (int b = 0; b < planes.length; b++) {
                System.arraycopy(smooth[b], 0, planes[b], 0, smooth[b].length);
            }
            return;
        }
        int filled = 0;
        int[] neighbours = new int[4];
        while (!heap.isEmpty()) {
            int p = heap.popValue();
            flag[p] = KNOWN;
            int count = neighbours(p, neighbours);
            for (int k = 0; k < count; k++) {
                int q = neighbours[k];
                if (flag[q] != INSIDE) {
                    continue;
                }
                time[q] = arrivalTime(q);
                inpaint(q);
                flag[q] = BAND;
                heap.push(time[q], q);
                if (++filled % REPORT_EVERY == 0) {
                    progress.report((double) filled / total);
                }
            }
        }
    }

    private byte[] hole() {
        byte[] hole = new byte[flag.length];
        for (int i = 0; i < flag.length; i++) {
            hole[i] = flag[i] == INSIDE ? (byte) 1 : 0;
        }
        return hole;
    }

    private boolean touchesInside(int i) {
        int x = i % w;
        int y = i / w;
        return (x > 0 && flag[i - 1] == INSIDE)
                || (x < w - 1 && flag[i + 1] == INSIDE)
                || (y > 0 && flag[i - w] == INSIDE)
                || (y < h - 1 && flag[i + w] == INSIDE);
    }

    private int neighbours(int p, int[] out) {
        int x = p % w;
        int y = p / w;
        int n = 0;
        if (y > 0) {
            out[n++] = p - w;
        }
        if (x > 0) {
            out[n++] = p - 1;
        }
        if (y < h - 1) {
            out[n++] = p + w;
        }
        if (x < w - 1) {
            out[n++] = p + 1;
        }
        return n;
    }

    /** The eikonal update |grad T| = 1 from the four quadrants of known neighbours. */
    private float arrivalTime(int q) {
        int x = q % w;
        int y = q / w;
        int up = y > 0 ? q - w : -1;
        int down = y < h - 1 ? q + w : -1;
        int left = x > 0 ? q - 1 : -1;
        int right = x < w - 1 ? q + 1 : -1;
        float t = Math.min(solve(up, left), solve(down, left));
        return Math.min(t, Math.min(solve(up, right), solve(down, right)));
    }

    private float solve(int a, int b) {
        boolean knownA = a >= 0 && flag[a] != INSIDE;
        boolean knownB = b >= 0 && flag[b] != INSIDE;
        if (knownA && knownB) {
            float ta = time[a];
            float tb = time[b];
            float diff = ta - tb;
            if (Math.abs(diff) >= 1f) {
                return 1f + Math.min(ta, tb);
            }
            return (float) ((ta + tb + Math.sqrt(2.0 - diff * diff)) * 0.5);
        }
        if (knownA) {
            return 1f + time[a];
        }
        if (knownB) {
            return 1f + time[b];
        }
        return FAR;
    }

    /**
     * Fills q from the known pixels within the radius, weighted by direction, distance and level set (Telea's
     * weights). Pixels known from the start extrapolate along their gradient; when none is in reach (deep in a
     * wide hole) the already filled ones are averaged. The value stays within the range of its neighbours.
     */
    private void inpaint(int q) {
        int qx = q % w;
        int qy = q / w;
        float gradTx = gradient(time, q, qx, w, 1, false);
        float gradTy = gradient(time, q, qy, h, w, false);
        double weightAll = 0;
        double weightOriginal = 0;
        Arrays.fill(sums, 0);
        Arrays.fill(originalSums, 0);
        Arrays.fill(low, Float.MAX_VALUE);
        Arrays.fill(high, -Float.MAX_VALUE);
        for (int ky = Math.max(0, qy - radius); ky <= Math.min(h - 1, qy + radius); ky++) {
            for (int kx = Math.max(0, qx - radius); kx <= Math.min(w - 1, qx + radius); kx++) {
                int k = ky * w + kx;
                int rx = qx - kx;
                int ry = qy - ky;
                int r2 = rx * rx + ry * ry;
                if (flag[k] == INSIDE || r2 == 0 || r2 > radius * radius) {
                    continue;
                }
                double length = Math.sqrt(r2);
                double direction = Math.abs(rx * gradTx + ry * gradTy) / length;
                double weight = Math.max(direction, 1e-6) / (r2 * length) / (1.0 + Math.abs(time[k] - time[q]));
                weightAll += weight;
                if (original[k]) {
                    weightOriginal += weight;
                }
                for (int b = 0; b < planes.length; b++) {
                    float[] plane = planes[b];
                    float value = plane[k];
                    low[b] = Math.min(low[b], value);
                    high[b] = Math.max(high[b], value);
                    sums[b] += weight * value;
                    if (original[k]) {
                        originalSums[b] += weight
                                * (value
                                        + gradient(plane, k, kx, w, 1, true) * rx
                                        + gradient(plane, k, ky, h, w, true) * ry);
                    }
                }
            }
        }
        for (int b = 0; b < planes.length && weightAll > 0; b++) {
            double value = weightOriginal > 0 ? originalSums[b] / weightOriginal : sums[b] / weightAll;
            planes[b][q] = (float) Math.max(low[b], Math.min(high[b], value));
        }
    }

    /**
     * Central or one-sided difference along one axis over usable neighbours: those already known, or with
     * {@code originalOnly} those known from the start; 0 when neither side is.
     */
    private float gradient(float[] values, int i, int coordinate, int size, int step, boolean originalOnly) {
        boolean before = coordinate > 0 && usable(i - step, originalOnly);
        boolean after = coordinate < size - 1 && usable(i + step, originalOnly);
        if (before && after) {
            return (values[i + step] - values[i - step]) * 0.5f;
        }
        if (after) {
            return values[i + step] - values[i];
        }
        if (before) {
            return values[i] - values[i - step];
        }
        return 0f;
    }

    private boolean usable(int i, boolean originalOnly) {
        return originalOnly ? original[i] : flag[i] != INSIDE;
    }
}
