package org.inpaintstudio.engine.bench;

import java.awt.image.BufferedImage;

/**
 * The scores of one result against the original photo, as the test set's README defines them: PSNR and L1 over the
 * hole (RGB, 0..255), SSIM over the whole image on luma (11 x 11 Gaussian window, sigma 1.5, positions where the
 * window fits), and the sharpness ratio (mean luma gradient magnitude in the hole, result over original).
 *
 * @param changedOutside pixels outside the hole dilated by 2 px whose RGB differs from the input given
 * @param perceptual     spectral error, band ratios and seam, as {@code fillscore.py} defines them
 */
record HoleMetrics(
        double psnr, double ssim, double l1, double sharpness, long changedOutside, PerceptualScores perceptual) {

    static HoleMetrics of(BufferedImage original, BufferedImage given, BufferedImage result, boolean[] hole) {
        int w = original.getWidth();
        int h = original.getHeight();
        int[] o = original.getRGB(0, 0, w, h, null, 0, w);
        int[] g = given.getRGB(0, 0, w, h, null, 0, w);
        int[] r = result.getRGB(0, 0, w, h, null, 0, w);
        double se = 0;
        double ae = 0;
        long n = 0;
        for (int i = 0; i < o.length; i++) {
            if (hole[i]) {
                for (int shift = 0; shift <= 16; shift += 8) {
                    int d = ((o[i] >> shift) & 0xff) - ((r[i] >> shift) & 0xff);
                    se += d * d;
                    ae += Math.abs(d);
                }
                n += 3;
            }
        }
        double mse = n == 0 ? 0 : se / n;
        double psnr = mse == 0 ? 99 : 10 * Math.log10(255.0 * 255.0 / mse);
        float[] lo = luma(o);
        float[] lr = luma(r);
        double sharpness = meanGradient(lr, hole, w, h) / Math.max(1e-9, meanGradient(lo, hole, w, h));
        boolean[] near = dilate(hole, w, h, 2);
        long changed = 0;
        for (int i = 0; i < g.length; i++) {
            if (!near[i] && (g[i] & 0xffffff) != (r[i] & 0xffffff)) {
                changed++;
            }
        }
        return new HoleMetrics(
                psnr,
                ssim(lo, lr, w, h),
                n == 0 ? 0 : ae / n / 255.0,
                sharpness,
                changed,
                PerceptualScores.of(o, r, hole, w, h));
    }

    static float[] luma(int[] rgb) {
        float[] y = new float[rgb.length];
        for (int i = 0; i < rgb.length; i++) {
            int c = rgb[i];
            y[i] = 0.299f * ((c >> 16) & 0xff) + 0.587f * ((c >> 8) & 0xff) + 0.114f * (c & 0xff);
        }
        return y;
    }

    static double meanGradient(float[] y, boolean[] hole, int w, int h) {
        double sum = 0;
        long n = 0;
        for (int yy = 1; yy < h - 1; yy++) {
            for (int x = 1; x < w - 1; x++) {
                int i = yy * w + x;
                if (hole[i]) {
                    double gx = (y[i + 1] - y[i - 1]) * 0.5;
                    double gy = (y[i + w] - y[i - w]) * 0.5;
                    sum += Math.sqrt(gx * gx + gy * gy);
                    n++;
                }
            }
        }
        return n == 0 ? 0 : sum / n;
    }

    static double ssim(float[] a, float[] b, int w, int h) {
        int radius = 5;
        double[] k = new double[2 * radius + 1];
        double norm = 0;
        for (int i = -radius; i <= radius; i++) {
            k[i + radius] = Math.exp(-i * i / (2 * 1.5 * 1.5));
            norm += k[i + radius];
        }
        for (int i = 0; i < k.length; i++) {
            k[i] /= norm;
        }
        double[][] rows = new double[5][w * h];
        for (int y = 0; y < h; y++) {
            for (int x = radius; x < w - radius; x++) {
                double ma = 0, mb = 0, aa = 0, bb = 0, ab = 0;
                for (int i = -radius; i <= radius; i++) {
                    double va = a[y * w + x + i];
                    double vb = b[y * w + x + i];
                    double kk = k[i + radius];
                    ma += kk * va;
                    mb += kk * vb;
                    aa += kk * va * va;
                    bb += kk * vb * vb;
                    ab += kk * va * vb;
                }
                int i = y * w + x;
                rows[0][i] = ma;
                rows[1][i] = mb;
                rows[2][i] = aa;
                rows[3][i] = bb;
                rows[4][i] = ab;
            }
        }
        double c1 = Math.pow(0.01 * 255, 2);
        double c2 = Math.pow(0.03 * 255, 2);
        double total = 0;
        long n = 0;
        for (int y = radius; y < h - radius; y++) {
            for (int x = radius; x < w - radius; x++) {
                double[] s = new double[5];
                for (int i = -radius; i <= radius; i++) {
                    int j = (y + i) * w + x;
                    for (int c = 0; c < 5; c++) {
                        s[c] += k[i + radius] * rows[c][j];
                    }
                }
                double va = s[2] - s[0] * s[0];
                double vb = s[3] - s[1] * s[1];
                double cov = s[4] - s[0] * s[1];
                total +=
                        ((2 * s[0] * s[1] + c1) * (2 * cov + c2)) / ((s[0] * s[0] + s[1] * s[1] + c1) * (va + vb + c2));
                n++;
            }
        }
        return n == 0 ? 1 : total / n;
    }

    static boolean[] dilate(boolean[] mask, int w, int h, int r) {
        boolean[] out = new boolean[mask.length];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                if (!mask[y * w + x]) {
                    continue;
                }
                for (int yy = Math.max(0, y - r); yy <= Math.min(h - 1, y + r); yy++) {
                    for (int xx = Math.max(0, x - r); xx <= Math.min(w - 1, x + r); xx++) {
                        out[yy * w + xx] = true;
                    }
                }
            }
        }
        return out;
    }
}
