package org.inpaintstudio.selection;

import org.inpaintstudio.image.DistanceTransform;
import org.inpaintstudio.image.MaskPlane;

/** Grows a selection by a Euclidean radius, looking only at the window where it can change. */
final class MaskGrowth {
    private MaskGrowth() {}

    /** Marks every pixel within {@code radius} of a marked pixel of the box (x0, y0)-(x1, y1) (exclusive). */
    static void grow(MaskPlane mask, int x0, int y0, int x1, int y1, int radius) {
        if (radius <= 0) {
            return;
        }
        int wx0 = Math.max(0, x0 - radius);
        int wy0 = Math.max(0, y0 - radius);
        int wx1 = Math.min(mask.width(), x1 + radius);
        int wy1 = Math.min(mask.height(), y1 + radius);
        int w = wx1 - wx0;
        int h = wy1 - wy0;
        byte[] data = mask.data();
        boolean[] unmarked = new boolean[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                unmarked[y * w + x] = data[(wy0 + y) * mask.width() + wx0 + x] == MaskPlane.KEEP;
            }
        }
        float[] distance = DistanceTransform.squaredDistanceToOutside(unmarked, w, h);
        float limit = (float) radius * radius;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                if (distance[y * w + x] <= limit) {
                    data[(wy0 + y) * mask.width() + wx0 + x] = MaskPlane.REPAIR;
                }
            }
        }
    }
}
