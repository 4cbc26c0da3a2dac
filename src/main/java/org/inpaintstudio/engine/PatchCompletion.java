package org.inpaintstudio.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.inpaintstudio.image.DistanceTransform;

/**
 * Multi-scale patch completion (Wexler, Shechtman and Irani 2007) with PatchMatch search: the crop is reduced until
 * the hole is a few patches wide, the coarsest hole is filled layer by layer from its border (onion peel), and at
 * each level search and vote alternate; a finer level starts from the coarser field scaled up and voted with its
 * own, sharper, pixels. Patches are
 * compared on CIELAB plus texture features; at the coarse levels the hole's colours are pulled toward the smooth
 * fill, so the search prefers sources that continue the structures crossing the border.
 */
final class PatchCompletion {
    private static final int MIN_SOURCES = 16;

    private final EngineOptions options;
    private final WorkerPool pool;

    PatchCompletion(EngineOptions options, WorkerPool pool) {
        this.options = options;
        this.pool = pool;
    }

    /**
     * Fills the hole of the crop's bands in place (they are the finest level, to save a copy) and returns them, or
     * returns null, with the hole holding the smooth fill, when the crop has no complete source patch.
     *
     * @param smooth the structure fill, which seeds the coarsest level and guides the search
     */
    float[][] complete(float[][] bands, float[][] smooth, byte[] hole, int w, int h, int colourBands, long seed,
                       ProgressTracker progress, double from, double to) {
        int r = options.patchRadius();
        int nb = bands.length;
        float[][] texture = TexturePlanes.of(bands, colourBands, hole, w, h, progress.cancel());
        float[][] start = new float[nb + TexturePlanes.COUNT][];
        float[][] guide = new float[nb + TexturePlanes.COUNT][];
        for (int b = 0; b < nb; b++) {
            start[b] = bands[b];
            guide[b] = smooth[b];
            for (int i = 0; i < hole.length; i++) {
                if (hole[i] != 0) {
                    start[b][i] = smooth[b][i];
                }
            }
        }
        for (int t = 0; t < TexturePlanes.COUNT; t++) {
            start[nb + t] = texture[t];
            guide[nb + t] = texture[t];
        }
        List<PyramidLevel> levels = pyramid(new PyramidLevel(w, h, start, hole, guide), r, progress.cancel());
        int featureCount = LevelFeatures.count(colourBands);
        int coarsest = levels.size() - 1;
        while (coarsest >= 0 && !hasSources(levels.get(coarsest))) {
            coarsest--;
        }
        if (coarsest < 0) {
            return null;
        }
        double totalWork = 0;
        for (int k = coarsest; k >= 0; k--) {
            totalWork += (iterations(k, coarsest) + 1) / Math.pow(4, k);
        }
        double work = 0;
        PatchMatcher previous = null;
        for (int k = coarsest; k >= 0; k--) {
            PyramidLevel level = levels.get(k);
            double lambda = k == 0 ? 0 : options.guidanceWeight() * Math.pow(0.5, coarsest - k);
            progress.cancel().throwIfCancelled();
            LevelFeatures features = new LevelFeatures(level, colourBands, (float) options.textureWeight(), lambda,
                progress.cancel());
            PatchMatcher field = new PatchMatcher(level, features.values, featureCount, r, pool, progress.cancel());
            long levelSeed = mix(seed, k);
            if (previous == null) {
                OnionPeelFill.fill(level, field, mix(levelSeed, -1), progress.cancel());
                field.initialiseRandomly(levelSeed);
            } else {
                field.initialiseFrom(previous, levelSeed);
                PatchVoter.vote(level, field, true, pool, progress.cancel());
                features.update();
            }
            int n = iterations(k, coarsest);
            for (int it = 0; it < n; it++) {
                field.search(it, mix(levelSeed, it + 1));
                PatchVoter.vote(level, field, false, pool, progress.cancel());
                features.update();
                work += 1 / Math.pow(4, k);
                progress.report(from + (to - from) * work / totalWork);
            }
            work += 1 / Math.pow(4, k);
            previous = field;
            levels.set(k, null);
            if (k == 0) {
                return Arrays.copyOf(level.bands, nb);
            }
        }
        throw new IllegalStateException("unreachable");
    }

    private boolean hasSources(PyramidLevel level) {
        int r = options.patchRadius();
        if (level.width < 2 * r + 1 || level.height < 2 * r + 1) {
            return false;
        }
        int[] holeCount = PatchMatcher.windowSums(level.hole, level.width, level.height, r);
        int sources = 0;
        for (int y = r; y < level.height - r; y++) {
            for (int x = r; x < level.width - r; x++) {
                if (holeCount[y * level.width + x] == 0 && ++sources >= MIN_SOURCES) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Levels 0 (the crop) to n, halving until the hole's inscribed radius is about the configured size. */
    private List<PyramidLevel> pyramid(PyramidLevel base, int r, CancellationToken cancel) {
        List<PyramidLevel> levels = new ArrayList<>();
        levels.add(base);
        double holeRadius = holeRadius(base.hole, base.width, base.height, cancel);
        PyramidLevel level = base;
        while (holeRadius > options.coarsestHoleRadius()
            && Math.min(level.width, level.height) / 2 >= 4 * (2 * r + 1)) {
            cancel.throwIfCancelled();
            level = level.half(cancel);
            levels.add(level);
            holeRadius /= 2;
        }
        return levels;
    }

    /** The radius of the largest disc inside the hole. */
    static double holeRadius(byte[] hole, int w, int h, CancellationToken cancel) {
        boolean[] inside = new boolean[hole.length];
        for (int i = 0; i < inside.length; i++) {
            inside[i] = hole[i] != 0;
        }
        float max = 0;
        cancel.throwIfCancelled();
        for (float d : DistanceTransform.squaredDistanceToOutside(inside, w, h)) {
            max = Math.max(max, d);
        }
        return Math.sqrt(max);
    }

    /** More EM iterations where they are cheap (coarse), few at the finest level. */
    private int iterations(int k, int coarsest) {
        if (coarsest == 0) {
            return options.coarseIterations();
        }
        double t = (double) k / coarsest;
        return (int) Math.round(options.fineIterations() + t * (options.coarseIterations() - options.fineIterations()));
    }

    static long mix(long seed, long salt) {
        long z = seed + 0x9E3779B97F4A7C15L * (salt + 1);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
