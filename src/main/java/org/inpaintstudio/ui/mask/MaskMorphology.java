package org.inpaintstudio.ui.mask;

import org.inpaintstudio.image.DistanceTransform;
import org.inpaintstudio.image.MaskPlane;

/**
 * Grows or shrinks a mask by a round distance of N pixels, through a Euclidean distance transform
 * (Felzenszwalb and Huttenlocher) capped at N + 1: linear in the number of pixels whatever N is. Distances are
 * squared and capped, so they stay exact in a float.
 */
public final class MaskMorphology {
    private MaskMorphology() {}

    /** A new mask where every pixel within {@code radius} of a repair pixel is repair. */
    public static byte[] grow(byte[] mask, int width, int height, int radius) {
        return within(mask, width, height, radius, true);
    }

    /** A new mask where every pixel within {@code radius} of a keep pixel is keep. */
    public static byte[] shrink(byte[] mask, int width, int height, int radius) {
        return within(mask, width, height, radius, false);
    }

    private static byte[] within(byte[] mask, int width, int height, int radius, boolean towardsRepair) {
        if (radius < 0) {
            throw new IllegalArgumentException("radius must not be negative, was " + radius);
        }
        int cap = radius + 1;
        int[] vertical = verticalDistances(mask, width, height, cap, towardsRepair);
        byte[] out = new byte[mask.length];
        byte near = towardsRepair ? MaskPlane.REPAIR : MaskPlane.KEEP;
        byte far = towardsRepair ? MaskPlane.KEEP : MaskPlane.REPAIR;
        long limit = (long) radius * radius;
        float[] f = new float[width];
        float[] d = new float[width];
        int[] v = new int[width];
        double[] z = new double[width + 1];
        for (int y = 0; y < height; y++) {
            int row = y * width;
            for (int x = 0; x < width; x++) {
                int g = vertical[row + x];
                f[x] = g * g;
            }
            DistanceTransform.lowerEnvelope(f, width, d, v, z);
            for (int x = 0; x < width; x++) {
                out[row + x] = d[x] <= limit ? near : far;
            }
        }
        return out;
    }

    /** Per column, the distance to the nearest feature pixel, capped. */
    private static int[] verticalDistances(byte[] mask, int width, int height, int cap, boolean towardsRepair) {
        int[] g = new int[mask.length];
        for (int x = 0; x < width; x++) {
            int run = cap;
            for (int y = 0; y < height; y++) {
                int i = y * width + x;
                run = isFeature(mask[i], towardsRepair) ? 0 : Math.min(cap, run + 1);
                g[i] = run;
            }
            run = cap;
            for (int y = height - 1; y >= 0; y--) {
                int i = y * width + x;
                run = g[i] == 0 ? 0 : Math.min(cap, run + 1);
                g[i] = Math.min(g[i], run);
            }
        }
        return g;
    }

    private static boolean isFeature(byte value, boolean towardsRepair) {
        return (value != MaskPlane.KEEP) == towardsRepair;
    }
}
