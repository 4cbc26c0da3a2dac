package org.inpaintstudio.engine;

import java.util.SplittableRandom;

/**
 * Fills the hole of the coarsest pyramid level layer by layer from its border inward (as in Newson et al. 2014),
 * each pixel copying the centre of the source patch that best matches the pixels already known around it. Unlike
 * a start from a smooth fill, this gives the EM iterations a textured start, so they do not settle on flat patches
 * (the "blur attractor" of patch voting). Sequential and small: it runs where the hole is a few patches wide.
 */
final class OnionPeelFill {
    private static final int RANDOM_CANDIDATES = 24;

    private final PyramidLevel level;
    private final float[] features;
    private final int featureCount;
    private final int radius;
    private final PatchMatcher field;
    private final int[] sources;
    private final boolean[] filled;

    private OnionPeelFill(PyramidLevel level, PatchMatcher field) {
        this.level = level;
        this.field = field;
        this.features = field.features;
        this.featureCount = field.featureCount;
        this.radius = field.radius;
        this.sources = new int[level.pixels()];
        this.filled = new boolean[level.pixels()];
        for (int i = 0; i < filled.length; i++) {
            filled[i] = level.hole[i] == 0;
            sources[i] = -1;
        }
    }

    /**
     * Writes the fill into the hole pixels of the level's bands and of the field's features, copying from the
     * field's source patches.
     */
    static void fill(PyramidLevel level, PatchMatcher field, long seed, CancellationToken cancel) {
        new OnionPeelFill(level, field).run(field.validSources(), seed, cancel);
    }

    private void run(int[] validSources, long seed, CancellationToken cancel) {
        int w = level.width;
        int h = level.height;
        SplittableRandom random = new SplittableRandom(seed);
        int[] layer = new int[level.pixels()];
        int[] next = new int[level.pixels()];
        boolean[] queued = new boolean[level.pixels()];
        int size = 0;
        for (int i = 0; i < filled.length; i++) {
            if (!filled[i] && touchesFilled(i % w, i / w)) {
                layer[size++] = i;
                queued[i] = true;
            }
        }
        while (size > 0) {
            cancel.throwIfCancelled();
            int nextSize = 0;
            for (int k = 0; k < size; k++) {
                int p = layer[k];
                int source = bestSource(p, validSources, random);
                for (float[] band : level.bands) {
                    band[p] = band[source];
                }
                System.arraycopy(features, source * featureCount, features, p * featureCount, featureCount);
                sources[p] = source;
                filled[p] = true;
            }
            for (int k = 0; k < size; k++) {
                int p = layer[k];
                int px = p % w;
                int py = p / w;
                for (int y = Math.max(0, py - 1); y <= Math.min(h - 1, py + 1); y++) {
                    for (int x = Math.max(0, px - 1); x <= Math.min(w - 1, px + 1); x++) {
                        int q = y * w + x;
                        if (!filled[q] && !queued[q]) {
                            queued[q] = true;
                            next[nextSize++] = q;
                        }
                    }
                }
            }
            int[] swap = layer;
            layer = next;
            next = swap;
            size = nextSize;
        }
    }

    private boolean touchesFilled(int px, int py) {
        for (int y = Math.max(0, py - 1); y <= Math.min(level.height - 1, py + 1); y++) {
            for (int x = Math.max(0, px - 1); x <= Math.min(level.width - 1, px + 1); x++) {
                if (filled[y * level.width + x]) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Candidates: shifts of the neighbours' sources (coherence), random sources, then a shrinking local search. */
    private int bestSource(int p, int[] validSources, SplittableRandom random) {
        int w = level.width;
        int px = p % w;
        int py = p / w;
        int best = validSources[random.nextInt(validSources.length)];
        float bestD = distance(p, best, Float.MAX_VALUE);
        for (int y = Math.max(0, py - 1); y <= Math.min(level.height - 1, py + 1); y++) {
            for (int x = Math.max(0, px - 1); x <= Math.min(w - 1, px + 1); x++) {
                int n = y * w + x;
                if (sources[n] < 0) {
                    continue;
                }
                int sx = sources[n] % w + px - x;
                int sy = sources[n] / w + py - y;
                int candidate = sy * w + sx;
                if (isSource(sx, sy) && candidate != best) {
                    float d = distance(p, candidate, bestD);
                    if (d < bestD) {
                        bestD = d;
                        best = candidate;
                    }
                }
            }
        }
        for (int k = 0; k < RANDOM_CANDIDATES; k++) {
            int candidate = validSources[random.nextInt(validSources.length)];
            float d = distance(p, candidate, bestD);
            if (d < bestD) {
                bestD = d;
                best = candidate;
            }
        }
        for (int r = Math.max(w, level.height) / 4; r >= 1; r >>= 1) {
            int sx = best % w + random.nextInt(2 * r + 1) - r;
            int sy = best / w + random.nextInt(2 * r + 1) - r;
            if (isSource(sx, sy)) {
                int candidate = sy * w + sx;
                float d = distance(p, candidate, bestD);
                if (d < bestD) {
                    bestD = d;
                    best = candidate;
                }
            }
        }
        return best;
    }

    private boolean isSource(int x, int y) {
        return x >= 0 && y >= 0 && x < level.width && y < level.height && field.isValidSource(y * level.width + x);
    }

    /** SSD over the pixels around p that are already known or filled; s must be a source (fully inside). */
    private float distance(int p, int s, float limit) {
        int w = level.width;
        int px = p % w;
        int py = p / w;
        float sum = 0;
        for (int dy = -radius; dy <= radius; dy++) {
            int y = py + dy;
            if (y < 0 || y >= level.height) {
                continue;
            }
            for (int dx = -radius; dx <= radius; dx++) {
                int x = px + dx;
                if (x < 0 || x >= w || !filled[y * w + x]) {
                    continue;
                }
                int a = (y * w + x) * featureCount;
                int b = (s + dy * w + dx) * featureCount;
                for (int c = 0; c < featureCount; c++) {
                    float d = features[a + c] - features[b + c];
                    sum += d * d;
                }
            }
            if (sum >= limit) {
                return sum;
            }
        }
        return sum;
    }
}
