package org.inpaintstudio.backend;

import java.util.ArrayList;
import java.util.List;
import org.inpaintstudio.image.MaskPlane;
import org.inpaintstudio.image.MaskRectangle;

/**
 * Plans how a photo larger than a service allows is repaired piece by piece: one crop per group of nearby masked
 * regions, with context around it for the repair to draw from, each at most {@code maxSide} pixels square. A region
 * too large for one crop is split into cores that each get their own crop. Only the masked pixels of a crop's core
 * are pasted back, so nothing outside the mask changes.
 */
final class RegionCropping {
    /** Side of the blocks the mask is grouped by: coarse enough to be fast on a 100-megapixel mask. */
    static final int BLOCK = 32;
    /** Context around a region, as a share of its larger side, within these bounds. */
    static final int MIN_CONTEXT = 48;

    static final int MAX_CONTEXT = 384;
    /** Context around each core of a split region. */
    static final int SPLIT_CONTEXT = 256;

    /** One piece of work: the pixels sent ({@code box}) and the part whose masked pixels it repairs ({@code core}). */
    record Crop(MaskRectangle box, MaskRectangle core) {}

    private RegionCropping() {}

    static List<Crop> plan(MaskPlane mask, int maxSide) {
        if (maxSide <= 2 * SPLIT_CONTEXT) {
            throw new IllegalArgumentException("crops of " + maxSide + " pixels leave no room for context");
        }
        List<MaskRectangle> groups = merged(MaskBlocks.regions(mask, BLOCK), mask.width(), mask.height());
        List<Crop> crops = new ArrayList<>();
        for (MaskRectangle group : groups) {
            int context = context(group);
            if (group.width() + 2 * MIN_CONTEXT <= maxSide && group.height() + 2 * MIN_CONTEXT <= maxSide) {
                crops.add(new Crop(around(group, context, maxSide, mask.width(), mask.height()), group));
            } else {
                split(mask, group, maxSide, crops);
            }
        }
        return crops;
    }

    /** The crop's mask: the masked pixels of its core, in the crop's coordinates. */
    static MaskPlane maskOf(MaskPlane mask, Crop crop) {
        MaskRectangle box = crop.box();
        MaskRectangle core = crop.core();
        MaskPlane local = new MaskPlane(box.width(), box.height());
        byte[] from = mask.data();
        byte[] to = local.data();
        for (int y = core.y(); y < core.y() + core.height(); y++) {
            int src = y * mask.width() + core.x();
            int dst = (y - box.y()) * box.width() + core.x() - box.x();
            System.arraycopy(from, src, to, dst, core.width());
        }
        return local;
    }

    /** The whole crop box of a plane, context included: for a sampling area, which matters around the core too. */
    static MaskPlane boxOf(MaskPlane plane, Crop crop) {
        MaskRectangle box = crop.box();
        MaskPlane local = new MaskPlane(box.width(), box.height());
        for (int y = 0; y < box.height(); y++) {
            System.arraycopy(
                    plane.data(), (box.y() + y) * plane.width() + box.x(), local.data(), y * box.width(), box.width());
        }
        return local;
    }

    static int context(MaskRectangle region) {
        return Math.max(MIN_CONTEXT, Math.min(MAX_CONTEXT, Math.max(region.width(), region.height()) / 2));
    }

    /** Regions whose context would overlap become one group, so no crop's context holds another's masked pixels. */
    static List<MaskRectangle> merged(List<MaskRectangle> regions, int width, int height) {
        List<MaskRectangle> groups = new ArrayList<>(regions);
        boolean changed = true;
        while (changed) {
            changed = false;
            outer:
            for (int i = 0; i < groups.size(); i++) {
                for (int j = i + 1; j < groups.size(); j++) {
                    if (overlap(grown(groups.get(i), width, height), grown(groups.get(j), width, height))) {
                        groups.set(i, union(groups.get(i), groups.get(j)));
                        groups.remove(j);
                        changed = true;
                        break outer;
                    }
                }
            }
        }
        return groups;
    }

    /** The group with its context, shifted or trimmed so it stays inside the image and within {@code maxSide}. */
    private static MaskRectangle around(MaskRectangle group, int context, int maxSide, int width, int height) {
        int[] xs = axis(group.x(), group.width(), context, maxSide, width);
        int[] ys = axis(group.y(), group.height(), context, maxSide, height);
        return new MaskRectangle(xs[0], ys[0], xs[1] - xs[0], ys[1] - ys[0]);
    }

    private static int[] axis(int start, int length, int context, int maxSide, int size) {
        int lo = Math.max(0, start - context);
        int hi = Math.min(size, start + length + context);
        if (hi - lo > maxSide) {
            int spare = maxSide - length;
            lo = Math.max(0, start - spare / 2);
            hi = Math.min(size, lo + maxSide);
            lo = Math.max(0, hi - maxSide);
        }
        return new int[] {lo, hi};
    }

    /** A region too large for one crop: cores that leave room for {@link #SPLIT_CONTEXT} on each side. */
    private static void split(MaskPlane mask, MaskRectangle group, int maxSide, List<Crop> crops) {
        int coreSide = maxSide - 2 * SPLIT_CONTEXT;
        for (int y = group.y(); y < group.y() + group.height(); y += coreSide) {
            for (int x = group.x(); x < group.x() + group.width(); x += coreSide) {
                MaskRectangle core = new MaskRectangle(
                        x,
                        y,
                        Math.min(coreSide, group.x() + group.width() - x),
                        Math.min(coreSide, group.y() + group.height() - y));
                if (MaskBlocks.anyRepair(mask, core)) {
                    crops.add(new Crop(around(core, SPLIT_CONTEXT, maxSide, mask.width(), mask.height()), core));
                }
            }
        }
    }

    private static MaskRectangle grown(MaskRectangle r, int width, int height) {
        int c = context(r);
        int x0 = Math.max(0, r.x() - c);
        int y0 = Math.max(0, r.y() - c);
        int x1 = Math.min(width, r.x() + r.width() + c);
        int y1 = Math.min(height, r.y() + r.height() + c);
        return new MaskRectangle(x0, y0, x1 - x0, y1 - y0);
    }

    private static boolean overlap(MaskRectangle a, MaskRectangle b) {
        return a.x() < b.x() + b.width()
                && b.x() < a.x() + a.width()
                && a.y() < b.y() + b.height()
                && b.y() < a.y() + a.height();
    }

    private static MaskRectangle union(MaskRectangle a, MaskRectangle b) {
        int x0 = Math.min(a.x(), b.x());
        int y0 = Math.min(a.y(), b.y());
        int x1 = Math.max(a.x() + a.width(), b.x() + b.width());
        int y1 = Math.max(a.y() + a.height(), b.y() + b.height());
        return new MaskRectangle(x0, y0, x1 - x0, y1 - y0);
    }
}
