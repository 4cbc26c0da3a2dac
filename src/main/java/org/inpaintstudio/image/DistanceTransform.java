package org.inpaintstudio.image;

/**
 * Exact Euclidean distance transform (Felzenszwalb and Huttenlocher 2012): two passes of the 1-D lower envelope of
 * parabolas, linear in the number of pixels. Shared by the engine (how deep a pixel lies in a hole) and the
 * editor (growing and shrinking a mask).
 */
public final class DistanceTransform {
    private static final float FAR = 1e20f;

    private DistanceTransform() {}

    /**
     * For each pixel, the squared distance to the nearest pixel where {@code inside} is false (0 there). Pixels past
     * the border count as inside, so callers pad with a false frame when the border should count as outside.
     */
    public static float[] squaredDistanceToOutside(boolean[] inside, int width, int height) {
        float[] d = new float[width * height];
        for (int i = 0; i < d.length; i++) {
            d[i] = inside[i] ? FAR : 0f;
        }
        int n = Math.max(width, height);
        float[] f = new float[n];
        float[] out = new float[n];
        int[] v = new int[n];
        double[] z = new double[n + 1];
        for (int x = 0; x < width; x++) {
            for (int y = 0; y < height; y++) {
                f[y] = d[y * width + x];
            }
            lowerEnvelope(f, height, out, v, z);
            for (int y = 0; y < height; y++) {
                d[y * width + x] = out[y];
            }
        }
        for (int y = 0; y < height; y++) {
            System.arraycopy(d, y * width, f, 0, width);
            lowerEnvelope(f, width, out, v, z);
            System.arraycopy(out, 0, d, y * width, width);
        }
        return d;
    }

    /**
     * One dimension: out[q] = min over p of (q - p)^2 + f[p] for q below n. {@code v} (n ints) and {@code z}
     * (n + 1 doubles) are scratch space, so callers transforming many rows allocate them once.
     */
    public static void lowerEnvelope(float[] f, int n, float[] out, int[] v, double[] z) {
        int k = 0;
        v[0] = 0;
        z[0] = Double.NEGATIVE_INFINITY;
        z[1] = Double.POSITIVE_INFINITY;
        for (int q = 1; q < n; q++) {
            double s = intersection(f, q, v[k]);
            while (s <= z[k]) {
                k--;
                s = intersection(f, q, v[k]);
            }
            k++;
            v[k] = q;
            z[k] = s;
            z[k + 1] = Double.POSITIVE_INFINITY;
        }
        k = 0;
        for (int q = 0; q < n; q++) {
            while (z[k + 1] < q) {
                k++;
            }
            float dq = q - v[k];
            out[q] = dq * dq + f[v[k]];
        }
    }

    /** Where the parabolas of q and p cross; in double, so that no crossing rounds onto the wrong pixel. */
    private static double intersection(float[] f, int q, int p) {
        return ((double) f[q] + (double) q * q - (double) f[p] - (double) p * p) / (2.0 * q - 2.0 * p);
    }
}
