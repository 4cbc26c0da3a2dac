package org.inpaintstudio.model;

/**
 * Resizes planes of floats, one axis at a time: area averaging when shrinking (every source pixel counts, so no
 * aliasing), Catmull-Rom bicubic when enlarging (sharper than bilinear). Edges repeat their last pixel.
 */
final class Resampler {
    private Resampler() {}

    /** {@code planes} planes of {@code sw x sh}, one after another, to {@code dw x dh}. */
    static float[] resize(float[] src, int planes, int sw, int sh, int dw, int dh) {
        if (sw == dw && sh == dh) {
            return src.clone();
        }
        Axis across = Axis.of(sw, dw);
        Axis down = Axis.of(sh, dh);
        float[] rows = new float[planes * dw * sh];
        float[] out = new float[planes * dw * dh];
        for (int p = 0; p < planes; p++) {
            for (int y = 0; y < sh; y++) {
                across.apply(src, p * sw * sh + y * sw, 1, rows, p * dw * sh + y * dw, 1);
            }
            for (int x = 0; x < dw; x++) {
                down.apply(rows, p * dw * sh + x, dw, out, p * dw * dh + x, dw);
            }
        }
        return out;
    }

    /** The taps of every destination pixel along one axis. */
    private record Axis(int[] first, float[][] weights, int sourceLength) {
        static Axis of(int from, int to) {
            return to < from ? area(from, to) : bicubic(from, to);
        }

        void apply(float[] src, int srcStart, int srcStep, float[] dst, int dstStart, int dstStep) {
            int last = sourceLength - 1;
            for (int i = 0; i < first.length; i++) {
                float sum = 0;
                float[] w = weights[i];
                for (int k = 0; k < w.length; k++) {
                    int s = Math.max(0, Math.min(last, first[i] + k));
                    sum += w[k] * src[srcStart + s * srcStep];
                }
                dst[dstStart + i * dstStep] = sum;
            }
        }

        private static Axis area(int from, int to) {
            double scale = (double) from / to;
            int[] first = new int[to];
            float[][] weights = new float[to][];
            for (int i = 0; i < to; i++) {
                double lo = i * scale;
                double hi = (i + 1) * scale;
                int start = (int) Math.floor(lo);
                int end = Math.min(from, (int) Math.ceil(hi));
                float[] w = new float[end - start];
                for (int s = start; s < end; s++) {
                    w[s - start] = (float) ((Math.min(hi, s + 1) - Math.max(lo, s)) / scale);
                }
                first[i] = start;
                weights[i] = w;
            }
            return new Axis(first, weights, from);
        }

        private static Axis bicubic(int from, int to) {
            double scale = (double) from / to;
            int[] first = new int[to];
            float[][] weights = new float[to][];
            for (int i = 0; i < to; i++) {
                double centre = (i + 0.5) * scale - 0.5;
                int base = (int) Math.floor(centre);
                double t = centre - base;
                first[i] = base - 1;
                weights[i] =
                        new float[] {(float) cubic(t + 1), (float) cubic(t), (float) cubic(1 - t), (float) cubic(2 - t)
                        };
            }
            return new Axis(first, weights, from);
        }

        /** Catmull-Rom (Keys, a = -0.5): passes through the samples, weights sum to 1. */
        private static double cubic(double x) {
            double a = -0.5;
            x = Math.abs(x);
            if (x <= 1) {
                return ((a + 2) * x - (a + 3)) * x * x + 1;
            }
            if (x < 2) {
                return ((a * x - 5 * a) * x + 8 * a) * x - 4 * a;
            }
            return 0;
        }
    }
}
