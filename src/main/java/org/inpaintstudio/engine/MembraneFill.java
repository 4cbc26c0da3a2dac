package org.inpaintstudio.engine;

import org.inpaintstudio.work.CancellationToken;

/**
 * The smooth structure fill: the membrane (harmonic) interpolant of the known pixels, solved coarse to fine. Each
 * level is pulled from the finer one by averaging known pixels, filled from the coarser one by bilinear
 * interpolation, then relaxed by Gauss-Seidel sweeps so that every hole pixel is the mean of its four neighbours.
 * High PSNR and no seams, but blurry: the patch fill adds the detail.
 */
final class MembraneFill {
    private static final float NEUTRAL = 127.5f;
    private static final int SWEEPS = 16;

    private MembraneFill() {}

    /** Copies of the planes whose {@code hole} pixels (non-zero) hold the interpolant. */
    static float[][] fill(float[][] planes, byte[] hole, int w, int h, CancellationToken cancel) {
        float[][] out = new float[planes.length][];
        for (int b = 0; b < planes.length; b++) {
            out[b] = planes[b].clone();
        }
        boolean[] unknown = new boolean[w * h];
        boolean any = false;
        for (int i = 0; i < unknown.length; i++) {
            unknown[i] = hole[i] != 0;
            any |= unknown[i];
        }
        if (any) {
            solve(out, unknown, w, h, cancel);
        }
        return out;
    }

    private static void solve(float[][] values, boolean[] unknown, int w, int h, CancellationToken cancel) {
        cancel.throwIfCancelled();
        int cw = (w + 1) / 2;
        int ch = (h + 1) / 2;
        boolean coarser = w > 1 || h > 1;
        if (coarser) {
            float[][] coarse = new float[values.length][cw * ch];
            boolean[] coarseUnknown = new boolean[cw * ch];
            boolean anyUnknown = pull(values, unknown, w, h, coarse, coarseUnknown, cw, ch, cancel);
            if (anyUnknown) {
                solve(coarse, coarseUnknown, cw, ch, cancel);
            }
            push(coarse, cw, ch, values, unknown, w, h, cancel);
        } else {
            for (float[] plane : values) {
                plane[0] = NEUTRAL;
            }
        }
        relax(values, unknown, w, h, cancel);
    }

    private static boolean pull(
            float[][] values,
            boolean[] unknown,
            int w,
            int h,
            float[][] coarse,
            boolean[] coarseUnknown,
            int cw,
            int ch,
            CancellationToken cancel) {
        boolean anyUnknown = false;
        for (int cy = 0; cy < ch; cy++) {
            cancel.throwIfCancelled(cy);
            for (int cx = 0; cx < cw; cx++) {
                int n = 0;
                int ci = cy * cw + cx;
                for (int y = 2 * cy; y < Math.min(h, 2 * cy + 2); y++) {
                    for (int x = 2 * cx; x < Math.min(w, 2 * cx + 2); x++) {
                        int i = y * w + x;
                        if (!unknown[i]) {
                            n++;
                            for (int b = 0; b < values.length; b++) {
                                coarse[b][ci] += values[b][i];
                            }
                        }
                    }
                }
                if (n == 0) {
                    coarseUnknown[ci] = true;
                    anyUnknown = true;
                } else {
                    for (float[] plane : coarse) {
                        plane[ci] /= n;
                    }
                }
            }
        }
        return anyUnknown;
    }

    /** Bilinear interpolation of the filled coarse level into the unknown fine pixels. */
    private static void push(
            float[][] coarse,
            int cw,
            int ch,
            float[][] values,
            boolean[] unknown,
            int w,
            int h,
            CancellationToken cancel) {
        for (int y = 0; y < h; y++) {
            cancel.throwIfCancelled(y);
            float fy = Math.max(0, Math.min(ch - 1, (y + 0.5f) / 2 - 0.5f));
            int y0 = (int) fy;
            int y1 = Math.min(ch - 1, y0 + 1);
            float ty = fy - y0;
            for (int x = 0; x < w; x++) {
                int i = y * w + x;
                if (!unknown[i]) {
                    continue;
                }
                float fx = Math.max(0, Math.min(cw - 1, (x + 0.5f) / 2 - 0.5f));
                int x0 = (int) fx;
                int x1 = Math.min(cw - 1, x0 + 1);
                float tx = fx - x0;
                for (int b = 0; b < values.length; b++) {
                    float[] c = coarse[b];
                    float top = c[y0 * cw + x0] + tx * (c[y0 * cw + x1] - c[y0 * cw + x0]);
                    float bottom = c[y1 * cw + x0] + tx * (c[y1 * cw + x1] - c[y1 * cw + x0]);
                    values[b][i] = top + ty * (bottom - top);
                }
            }
        }
    }

    private static void relax(float[][] values, boolean[] unknown, int w, int h, CancellationToken cancel) {
        for (int sweep = 0; sweep < SWEEPS; sweep++) {
            cancel.throwIfCancelled();
            for (int y = 0; y < h; y++) {
                int row = y * w;
                for (int x = 0; x < w; x++) {
                    int i = row + x;
                    if (!unknown[i]) {
                        continue;
                    }
                    for (float[] v : values) {
                        float sum = 0;
                        int n = 0;
                        if (x > 0) {
                            sum += v[i - 1];
                            n++;
                        }
                        if (x < w - 1) {
                            sum += v[i + 1];
                            n++;
                        }
                        if (y > 0) {
                            sum += v[i - w];
                            n++;
                        }
                        if (y < h - 1) {
                            sum += v[i + w];
                            n++;
                        }
                        v[i] = sum / n;
                    }
                }
            }
        }
    }
}
