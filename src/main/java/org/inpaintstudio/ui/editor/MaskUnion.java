package org.inpaintstudio.ui.editor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.inpaintstudio.image.MaskPlane;
import org.inpaintstudio.image.MaskRectangle;

/** What will be repaired: the brush strokes and the rectangles together. */
public final class MaskUnion {
    private MaskUnion() {}

    /** A new plane with the strokes and the rectangles (clipped to the image). */
    public static MaskPlane of(MaskPlane strokes, List<MaskRectangle> rectangles) {
        MaskPlane union = strokes.copy();
        for (MaskRectangle r : rectangles) {
            union.fill(r, true);
        }
        return union;
    }

    /** How many pixels the union covers, without building it: O(area of the rectangles). */
    public static long count(MaskPlane strokes, long strokeCount, List<MaskRectangle> rectangles) {
        long count = strokeCount;
        byte[] data = strokes.data();
        int width = strokes.width();
        for (int y = 0; y < strokes.height(); y++) {
            for (int[] span : spansOnRow(rectangles, y, width)) {
                for (int i = y * width + span[0]; i < y * width + span[1]; i++) {
                    if (data[i] == MaskPlane.KEEP) {
                        count++;
                    }
                }
            }
        }
        return count;
    }

    /** The rectangles' x ranges on one row, merged so that overlaps count once. */
    private static List<int[]> spansOnRow(List<MaskRectangle> rectangles, int y, int width) {
        List<int[]> spans = new ArrayList<>();
        for (MaskRectangle r : rectangles) {
            if (y >= r.y() && y < (long) r.y() + r.height()) {
                int x0 = Math.max(0, r.x());
                int x1 = (int) Math.min(width, (long) r.x() + r.width());
                if (x0 < x1) {
                    spans.add(new int[] {x0, x1});
                }
            }
        }
        spans.sort(Comparator.comparingInt(s -> s[0]));
        List<int[]> merged = new ArrayList<>();
        for (int[] span : spans) {
            int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && span[0] <= last[1]) {
                last[1] = Math.max(last[1], span[1]);
            } else {
                merged.add(span);
            }
        }
        return merged;
    }
}
