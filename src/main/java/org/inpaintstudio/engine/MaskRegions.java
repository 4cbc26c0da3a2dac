package org.inpaintstudio.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.inpaintstudio.image.DistanceTransform;
import org.inpaintstudio.image.MaskPlane;
import org.inpaintstudio.image.PixelBox;

/**
 * The 8-connected regions of a mask: a label per pixel (0 = keep, 1.. = region) and each region's box. Public for
 * the model backend, which repairs a mask region by region as the engine does.
 */
public final class MaskRegions {
    private final int width;
    private final int[] labels;
    private final List<PixelBox> boxes;

    private MaskRegions(int width, int[] labels, List<PixelBox> boxes) {
        this.width = width;
        this.labels = labels;
        this.boxes = boxes;
    }

    public static MaskRegions label(MaskPlane mask) {
        int w = mask.width();
        int h = mask.height();
        byte[] data = mask.data();
        int[] labels = new int[w * h];
        List<PixelBox> boxes = new ArrayList<>();
        int[] stack = new int[1024];
        for (int start = 0; start < data.length; start++) {
            if (data[start] == MaskPlane.KEEP || labels[start] != 0) {
                continue;
            }
            int label = boxes.size() + 1;
            int x0 = w;
            int y0 = h;
            int x1 = -1;
            int y1 = -1;
            int top = 0;
            stack[top++] = start;
            labels[start] = label;
            while (top > 0) {
                int p = stack[--top];
                int px = p % w;
                int py = p / w;
                x0 = Math.min(x0, px);
                x1 = Math.max(x1, px);
                y0 = Math.min(y0, py);
                y1 = Math.max(y1, py);
                for (int ny = Math.max(0, py - 1); ny <= Math.min(h - 1, py + 1); ny++) {
                    for (int nx = Math.max(0, px - 1); nx <= Math.min(w - 1, px + 1); nx++) {
                        int q = ny * w + nx;
                        if (data[q] != MaskPlane.KEEP && labels[q] == 0) {
                            labels[q] = label;
                            if (top == stack.length) {
                                stack = Arrays.copyOf(stack, stack.length * 2);
                            }
                            stack[top++] = q;
                        }
                    }
                }
            }
            boxes.add(new PixelBox(x0, y0, x1 + 1, y1 + 1));
        }
        return new MaskRegions(w, labels, boxes);
    }

    public int count() {
        return boxes.size();
    }

    /** The bounding box of region {@code label} (1-based). */
    public PixelBox box(int label) {
        return boxes.get(label - 1);
    }

    /** Pixels per region, indexed by label (entry 0 unused). */
    long[] pixelCounts() {
        long[] counts = new long[boxes.size() + 1];
        for (int label : labels) {
            counts[label]++;
        }
        counts[0] = 0;
        return counts;
    }

    public int labelAt(int x, int y) {
        return labels[y * width + x];
    }

    /**
     * The largest distance from a pixel of the region to the nearest pixel outside it: the radius of the largest
     * inscribed disc, 1 for a single pixel.
     */
    double inscribedRadius(int label) {
        PixelBox box = box(label);
        int w = box.width() + 2;
        int h = box.height() + 2;
        boolean[] inside = new boolean[w * h];
        for (int y = box.y0(); y < box.y1(); y++) {
            for (int x = box.x0(); x < box.x1(); x++) {
                inside[(y - box.y0() + 1) * w + (x - box.x0() + 1)] = labels[y * width + x] == label;
            }
        }
        float[] squared = DistanceTransform.squaredDistanceToOutside(inside, w, h);
        float max = 0;
        for (float d : squared) {
            max = Math.max(max, d);
        }
        return Math.sqrt(max);
    }
}
