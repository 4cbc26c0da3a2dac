package org.inpaintstudio.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.inpaintstudio.image.PixelBox;

/**
 * Splits a mask into crop jobs: each connected region is classed as thin (fast marching) or wide (patch
 * completion), given a context margin, and regions whose contexts overlap are done together on one crop, so that
 * two jobs never share a crop and their order does not matter. Fast-marching jobs come first.
 */
final class RegionPlanner {
    private final InpaintMethod method;
    private final EngineOptions options;

    RegionPlanner(InpaintMethod method, EngineOptions options) {
        this.method = method;
        this.options = options;
    }

    List<CropJob> plan(MaskRegions regions, int imageWidth, int imageHeight, long[] pixelCounts) {
        int n = regions.count();
        boolean[] telea = new boolean[n + 1];
        PixelBox[] context = new PixelBox[n + 1];
        for (int label = 1; label <= n; label++) {
            telea[label] = isTelea(regions, label);
            PixelBox box = regions.box(label);
            int margin = telea[label] ? options.teleaRadius() + 1 : patchMargin(box);
            context[label] = box.grow(margin, imageWidth, imageHeight);
        }
        List<CropJob> jobs = new ArrayList<>(clusters(context, telea, true, pixelCounts));
        jobs.addAll(clusters(context, telea, false, pixelCounts));
        return jobs;
    }

    private boolean isTelea(MaskRegions regions, int label) {
        return switch (method) {
            case TELEA -> true;
            case PATCH -> false;
            case AUTO -> regions.inscribedRadius(label) <= options.thinRadius();
        };
    }

    private int patchMargin(PixelBox box) {
        int side = Math.max(box.width(), box.height());
        int wanted = (int) Math.ceil(options.contextFactor() * side);
        return Math.max(options.minContext(), Math.min(options.maxContext(), wanted)) + options.patchRadius();
    }

    /** Union-find over regions of one kind whose context boxes intersect; sweeps in order of left edge. */
    private static List<CropJob> clusters(PixelBox[] context, boolean[] telea, boolean kind, long[] pixelCounts) {
        int n = context.length - 1;
        int[] parent = new int[n + 1];
        Integer[] order = new Integer[n];
        int m = 0;
        for (int label = 1; label <= n; label++) {
            parent[label] = label;
            if (telea[label] == kind) {
                order[m++] = label;
            }
        }
        Integer[] sorted = Arrays.copyOf(order, m);
        Arrays.sort(sorted, (a, b) -> Integer.compare(context[a].x0(), context[b].x0()));
        for (int i = 0; i < m; i++) {
            PixelBox a = context[sorted[i]];
            for (int j = i + 1; j < m && context[sorted[j]].x0() < a.x1(); j++) {
                if (a.intersects(context[sorted[j]])) {
                    union(parent, sorted[i], sorted[j]);
                }
            }
        }
        Map<Integer, List<Integer>> byRoot = new TreeMap<>();
        for (int i = 0; i < m; i++) {
            byRoot.computeIfAbsent(find(parent, sorted[i]), k -> new ArrayList<>())
                    .add(sorted[i]);
        }
        List<CropJob> jobs = new ArrayList<>();
        for (List<Integer> members : byRoot.values()) {
            PixelBox box = null;
            long pixels = 0;
            for (int label : members) {
                box = box == null ? context[label] : box.union(context[label]);
                pixels += pixelCounts[label];
            }
            jobs.add(new CropJob(
                    box, members.stream().mapToInt(Integer::intValue).sorted().toArray(), kind, pixels));
        }
        jobs.sort((a, b) -> Integer.compare(a.labels()[0], b.labels()[0]));
        return jobs;
    }

    private static int find(int[] parent, int x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }

    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }
}
