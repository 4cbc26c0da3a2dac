package org.inpaintstudio.engine;

import org.inpaintstudio.work.CancellationToken;

/** Separable Gaussian blur of one plane, the kernel renormalised where it hangs over the plane's edge. */
final class GaussianBlur {
    private GaussianBlur() {}

    static float[] kernel(double sigma) {
        int radius = Math.max(1, (int) Math.ceil(3 * sigma));
        float[] k = new float[2 * radius + 1];
        for (int i = -radius; i <= radius; i++) {
            k[i + radius] = (float) Math.exp(-i * i / (2 * sigma * sigma));
        }
        return k;
    }

    /** A blurred copy of the {@code w x h} plane; checks the token every few rows. */
    static float[] blur(float[] plane, int w, int h, double sigma, CancellationToken cancel) {
        float[] k = kernel(sigma);
        int radius = k.length / 2;
        float[] tmp = new float[w * h];
        for (int y = 0; y < h; y++) {
            cancel.throwIfCancelled(y);
            for (int x = 0; x < w; x++) {
                float sum = 0;
                float norm = 0;
                for (int i = Math.max(-radius, -x); i <= Math.min(radius, w - 1 - x); i++) {
                    sum += k[i + radius] * plane[y * w + x + i];
                    norm += k[i + radius];
                }
                tmp[y * w + x] = sum / norm;
            }
        }
        float[] out = new float[w * h];
        for (int y = 0; y < h; y++) {
            cancel.throwIfCancelled(y);
            int lo = Math.max(-radius, -y);
            int hi = Math.min(radius, h - 1 - y);
            float norm = 0;
            for (int i = lo; i <= hi; i++) {
                norm += k[i + radius];
            }
            for (int x = 0; x < w; x++) {
                float sum = 0;
                for (int i = lo; i <= hi; i++) {
                    sum += k[i + radius] * tmp[(y + i) * w + x];
                }
                out[y * w + x] = sum / norm;
            }
        }
        return out;
    }
}
