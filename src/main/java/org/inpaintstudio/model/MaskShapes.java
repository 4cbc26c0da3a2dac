package org.inpaintstudio.model;

import org.inpaintstudio.image.DistanceTransform;

/** The mask operations around one inference: growing the hole, scaling it, and the feather of the paste. */
final class MaskShapes {
    private MaskShapes() {}

    /** The hole grown by {@code radius} pixels (Euclidean), as 1 = fill, 0 = keep. */
    static float[] dilate(boolean[] hole, int width, int height, int radius) {
        boolean[] keep = new boolean[hole.length];
        for (int i = 0; i < hole.length; i++) {
            keep[i] = !hole[i];
        }
        float[] toHole = DistanceTransform.squaredDistanceToOutside(keep, width, height);
        float[] fill = new float[hole.length];
        for (int i = 0; i < fill.length; i++) {
            fill[i] = toHole[i] <= radius * radius ? 1f : 0f;
        }
        return fill;
    }

    /**
     * A square mask of {@code from} pixels scaled to {@code to}: a pixel is filled when any pixel it covers is, so
     * shrinking never loses a thin stroke.
     */
    static float[] scale(float[] fill, int from, int to) {
        if (from == to) {
            return fill.clone();
        }
        int[] start = new int[to];
        int[] end = new int[to];
        for (int t = 0; t < to; t++) {
            start[t] = (int) Math.floor((double) t * from / to);
            end[t] = Math.max(start[t] + 1, Math.min(from, (int) Math.ceil((double) (t + 1) * from / to)));
        }
        float[] out = new float[to * to];
        for (int ty = 0; ty < to; ty++) {
            for (int tx = 0; tx < to; tx++) {
                out[ty * to + tx] = anyFilled(fill, from, start[tx], end[tx], start[ty], end[ty]) ? 1f : 0f;
            }
        }
        return out;
    }

    private static boolean anyFilled(float[] fill, int side, int x0, int x1, int y0, int y1) {
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                if (fill[y * side + x] > 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * How much of the model's colour each hole pixel takes: {@code d / (feather + 1)} at distance {@code d} from
     * the nearest kept pixel, 1 deeper in, so the paste fades in over {@code feather} pixels inside the hole.
     */
    static float[] featherWeights(boolean[] hole, int width, int height, int feather) {
        float[] toKept = DistanceTransform.squaredDistanceToOutside(hole, width, height);
        float[] weights = new float[hole.length];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = hole[i] ? (float) Math.min(1, Math.sqrt(toKept[i]) / (feather + 1)) : 0f;
        }
        return weights;
    }
}
