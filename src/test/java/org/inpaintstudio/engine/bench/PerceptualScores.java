package org.inpaintstudio.engine.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * Does the fill look like the photo: the figures of {@code ../shared/tools/fillscore.py}, computed the same way so
 * the benchmark and the script agree (OpenCV's fixed-point luma, 5-tap pyramid with reflected borders, 3 x 3 Sobel).
 *
 * @param bands  per Laplacian-pyramid band of luma inside the hole (finest first): mean |band| of the result over
 *               the same of the original; a band is skipped once fewer than 16 hole pixels are left at its scale
 * @param spectral mean |log2(band ratio)|: 0 when every scale is as strong as in the photo
 * @param seam   mean luma gradient on the hole's boundary ring (3 x 3 cross dilation minus erosion), result over
 *               original: 1 = the fill meets the photo as smoothly as reality does
 */
record PerceptualScores(double[] bands, double spectral, double seam) {

    private static final int LEVELS = 4;
    private static final int MIN_INNER_PIXELS = 16;
    private static final double MIN_BAND = 0.25;
    private static final double MIN_RING_GRADIENT = 1.0;

    /** The coarsest band's ratio (the last one measured), NaN when the hole is too small for any band. */
    double coarse() {
        return bands.length == 0 ? Double.NaN : bands[bands.length - 1];
    }

    static PerceptualScores of(int[] originalRgb, int[] resultRgb, boolean[] hole, int w, int h) {
        Plane original = Plane.luma(originalRgb, w, h);
        Plane result = Plane.luma(resultRgb, w, h);
        Plane mask = Plane.of(hole, w, h);
        double[] bands = bandRatios(original, result, mask);
        return new PerceptualScores(bands, spectral(bands), seam(original, result, hole, w, h));
    }

    private static double[] bandRatios(Plane original, Plane result, Plane mask) {
        List<Double> ratios = new ArrayList<>();
        for (int level = 0; level < LEVELS; level++) {
            Plane downOriginal = original.pyrDown();
            Plane downResult = result.pyrDown();
            Plane downMask = mask.pyrDown();
            Plane bandOriginal = original.minus(downOriginal.pyrUp(original.w, original.h));
            Plane bandResult = result.minus(downResult.pyrUp(result.w, result.h));
            double sumOriginal = 0;
            double sumResult = 0;
            int inner = 0;
            for (int i = 0; i < mask.v.length; i++) {
                if (mask.v[i] > 0.99f) {
                    sumOriginal += Math.abs(bandOriginal.v[i]);
                    sumResult += Math.abs(bandResult.v[i]);
                    inner++;
                }
            }
            if (inner < MIN_INNER_PIXELS) {
                break;
            }
            ratios.add((sumResult / inner) / Math.max(sumOriginal / inner, MIN_BAND));
            original = downOriginal;
            result = downResult;
            mask = downMask;
        }
        return ratios.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static double spectral(double[] bands) {
        double sum = 0;
        int n = 0;
        for (double r : bands) {
            if (r > 0) {
                sum += Math.abs(Math.log(r) / Math.log(2));
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    private static double seam(Plane original, Plane result, boolean[] hole, int w, int h) {
        float[] gradOriginal = original.sobelMagnitude();
        float[] gradResult = result.sobelMagnitude();
        double sumOriginal = 0;
        double sumResult = 0;
        int n = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                if (onRing(hole, w, h, x, y)) {
                    int i = y * w + x;
                    sumOriginal += gradOriginal[i];
                    sumResult += gradResult[i];
                    n++;
                }
            }
        }
        if (n == 0) {
            return Double.NaN;
        }
        return (sumResult / n) / Math.max(sumOriginal / n, MIN_RING_GRADIENT);
    }

    /** In the 3 x 3 cross dilation of the hole but not in its erosion (outside the image never erodes, as OpenCV). */
    private static boolean onRing(boolean[] hole, int w, int h, int x, int y) {
        boolean any = false;
        boolean all = true;
        int[][] cross = {{0, 0}, {1, 0}, {-1, 0}, {0, 1}, {0, -1}};
        for (int[] d : cross) {
            int xx = x + d[0];
            int yy = y + d[1];
            if (xx < 0 || yy < 0 || xx >= w || yy >= h) {
                continue;
            }
            boolean in = hole[yy * w + xx];
            any |= in;
            all &= in;
        }
        return any && !all;
    }

    /** A float image with OpenCV's pyramid and Sobel operators (reflect-101 borders). */
    private record Plane(float[] v, int w, int h) {

        /** cv2.cvtColor(BGR2GRAY) on 8-bit: fixed point with 14 fraction bits, rounded. */
        static Plane luma(int[] rgb, int w, int h) {
            float[] y = new float[rgb.length];
            for (int i = 0; i < rgb.length; i++) {
                int c = rgb[i];
                y[i] = (((c >> 16) & 0xff) * 4899 + ((c >> 8) & 0xff) * 9617 + (c & 0xff) * 1868 + 8192) >> 14;
            }
            return new Plane(y, w, h);
        }

        static Plane of(boolean[] mask, int w, int h) {
            float[] v = new float[mask.length];
            for (int i = 0; i < v.length; i++) {
                v[i] = mask[i] ? 1f : 0f;
            }
            return new Plane(v, w, h);
        }

        Plane minus(Plane other) {
            float[] out = new float[v.length];
            for (int i = 0; i < out.length; i++) {
                out[i] = v[i] - other.v[i];
            }
            return new Plane(out, w, h);
        }

        /** Gaussian [1 4 6 4 1] / 16 in each direction, every second sample kept: size (w + 1) / 2. */
        Plane pyrDown() {
            int dw = (w + 1) / 2;
            int dh = (h + 1) / 2;
            float[] rows = new float[dw * h];
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < dw; x++) {
                    int c = 2 * x;
                    rows[y * dw + x] =
                            (at(c - 2, y) + 4 * at(c - 1, y) + 6 * at(c, y) + 4 * at(c + 1, y) + at(c + 2, y)) / 16f;
                }
            }
            Plane r = new Plane(rows, dw, h);
            float[] out = new float[dw * dh];
            for (int y = 0; y < dh; y++) {
                int c = 2 * y;
                for (int x = 0; x < dw; x++) {
                    out[y * dw + x] =
                            (r.at(x, c - 2) + 4 * r.at(x, c - 1) + 6 * r.at(x, c) + 4 * r.at(x, c + 1) + r.at(x, c + 2))
                                    / 16f;
                }
            }
            return new Plane(out, dw, dh);
        }

        /** Zeros inserted and the same kernel times 4, as cv2.pyrUp: edges replicate past the last sample. */
        Plane pyrUp(int dw, int dh) {
            float[] rows = new float[dw * h];
            for (int y = 0; y < h; y++) {
                int row = y;
                for (int x = 0; x < dw; x++) {
                    rows[y * dw + x] = upSample(x, i -> atUp(i, row, true));
                }
            }
            Plane r = new Plane(rows, dw, h);
            float[] out = new float[dw * dh];
            for (int y = 0; y < dh; y++) {
                for (int x = 0; x < dw; x++) {
                    int column = x;
                    out[y * dw + x] = upSample(y, i -> r.atUp(i, column, false));
                }
            }
            return new Plane(out, dw, dh);
        }

        private static float upSample(int out, java.util.function.IntToDoubleFunction source) {
            int s = out / 2;
            if (out % 2 == 0) {
                return (float)
                        ((source.applyAsDouble(s - 1) + 6 * source.applyAsDouble(s) + source.applyAsDouble(s + 1)) / 8);
            }
            return (float) ((source.applyAsDouble(s) + source.applyAsDouble(s + 1)) / 2);
        }

        /** A sample of the coarse plane for upsampling: reflected before the start, replicated past the end. */
        private float atUp(int i, int fixed, boolean alongX) {
            int n = alongX ? w : h;
            int j = i < 0 ? Math.min(-i, n - 1) : Math.min(i, n - 1);
            return alongX ? v[fixed * w + j] : v[j * w + fixed];
        }

        float[] sobelMagnitude() {
            float[] g = new float[v.length];
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    float gx = (at(x + 1, y - 1) + 2 * at(x + 1, y) + at(x + 1, y + 1))
                            - (at(x - 1, y - 1) + 2 * at(x - 1, y) + at(x - 1, y + 1));
                    float gy = (at(x - 1, y + 1) + 2 * at(x, y + 1) + at(x + 1, y + 1))
                            - (at(x - 1, y - 1) + 2 * at(x, y - 1) + at(x + 1, y - 1));
                    g[y * w + x] = (float) Math.sqrt(gx * gx + gy * gy);
                }
            }
            return g;
        }

        /** Reflect-101: index -1 reads 1, index n reads n - 2. */
        float at(int x, int y) {
            return v[reflect(y, h) * w + reflect(x, w)];
        }

        private static int reflect(int i, int n) {
            if (n == 1) {
                return 0;
            }
            while (i < 0 || i >= n) {
                i = i < 0 ? -i : 2 * (n - 1) - i;
            }
            return i;
        }
    }
}
