package org.inpaintstudio.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * Multi-scale patch completion (Wexler, Shechtman and Irani 2007) with PatchMatch search: the crop is reduced until
 * the hole is a few patches wide, the coarsest hole starts from the smooth fill, and at each level search and vote
 * alternate; a finer level starts from the coarser field scaled up and voted with its own, sharper, pixels. At the
 * coarse levels the hole's features are pulled toward the smooth fill, so the search prefers sources that continue
 * the structures crossing the border.
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
     * The crop's bands with the hole filled from patches, or null when the crop has no complete source patch.
     *
     * @param smooth the structure fill, which seeds the coarsest level and guides the search
     */
    float[][] complete(float[][] bands, float[][] smooth, byte[] hole, int w, int h, int colourBands, long seed,
                       ProgressTracker progress, double from, double to) {
        int r = options.patchRadius();
        float[][] start = new float[bands.length][];
        for (int b = 0; b < bands.length; b++) {
            start[b] = bands[b].clone();
            for (int i = 0; i < hole.length; i++) {
                if (hole[i] != 0) {
                    start[b][i] = smooth[b][i];
                }
            }
        }
        List<PyramidLevel> levels = pyramid(new PyramidLevel(w, h, start, hole, smooth), r, progress.cancel());
        int featureCount = LabFeatures.featureCount(colourBands);
        int coarsest = levels.size() - 1;
        while (coarsest >= 0 && !hasSources(levels.get(coarsest), featureCount)) {
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
            double lambda = k == coarsest ? options.guidanceWeight()
                : options.guidanceWeight() * Math.pow(0.5, coarsest - k);
            progress.cancel().throwIfCancelled();
            LevelFeatures features = new LevelFeatures(level, colourBands, lambda);
            PatchMatcher field = new PatchMatcher(level, features.values, featureCount, r, pool, progress.cancel());
            long levelSeed = mix(seed, k);
            if (previous == null) {
                field.initialiseRandomly(levelSeed);
            } else {
                field.initialiseFrom(previous, levelSeed);
                PatchVoter.vote(level, field, true, pool, progress.cancel());
                features.update();
            }
            int n = iterations(k, coarsest);
            for (int it = 0; it < n; it++) {
                field.search(it, mix(levelSeed, it + 1));
                boolean best = k < Integer.getInteger("engine.bestLevels", 1) && (it == n - 1 || Boolean.getBoolean("engine.bestAll"));
                PatchVoter.vote(level, field, false, best, pool, progress.cancel());
                features.update();
                work += 1 / Math.pow(4, k);
                progress.report(from + (to - from) * work / totalWork);
            }
            work += 1 / Math.pow(4, k);
            previous = field;
            levels.set(k, null);
            if (k == 0) {
                return level.bands;
            }
        }
        throw new IllegalStateException("unreachable");
    }

    private boolean hasSources(PyramidLevel level, int featureCount) {
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
        double holeRadius = holeRadius(base);
        PyramidLevel level = base;
        while (holeRadius > options.coarsestHoleRadius()
            && Math.min(level.width, level.height) / 2 >= 4 * (2 * r + 1)) {
            cancel.throwIfCancelled();
            level = level.half();
            levels.add(level);
            holeRadius /= 2;
        }
        return levels;
    }

    private static double holeRadius(PyramidLevel level) {
        boolean[] inside = new boolean[level.hole.length];
        for (int i = 0; i < inside.length; i++) {
            inside[i] = level.hole[i] != 0;
        }
        float max = 0;
        for (float d : DistanceTransform.squaredDistanceToOutside(inside, level.width, level.height)) {
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

    /** The features of a level, hole pixels pulled toward the guide's by {@code lambda}. */
    private static final class LevelFeatures {
        final float[] values;
        private final PyramidLevel level;
        private final int colourBands;
        private final double lambda;
        private final float[] guide;

        LevelFeatures(PyramidLevel level, int colourBands, double lambda) {
            this.level = level;
            this.colourBands = colourBands;
            this.lambda = lambda;
            this.values = LabFeatures.of(level.bands, colourBands, level.pixels());
            this.guide = lambda > 0 ? new float[values.length] : null;
            int f = LabFeatures.featureCount(colourBands);
            if (guide != null) {
                for (int p = 0; p < level.hole.length; p++) {
                    if (level.hole[p] != 0) {
                        LabFeatures.convert(level.guide, colourBands, p, guide);
                    }
                }
            }
            blend(f);
        }

        /** Recomputes the hole's features after a vote. */
        void update() {
            for (int p = 0; p < level.hole.length; p++) {
                if (level.hole[p] != 0) {
                    LabFeatures.convert(level.bands, colourBands, p, values);
                }
            }
            blend(LabFeatures.featureCount(colourBands));
        }

        private void blend(int f) {
            if (guide == null) {
                return;
            }
            float a = (float) (1 / (1 + lambda));
            float b = (float) (lambda / (1 + lambda));
            for (int p = 0; p < level.hole.length; p++) {
                if (level.hole[p] != 0) {
                    for (int c = p * f; c < p * f + f; c++) {
                        values[c] = a * values[c] + b * guide[c];
                    }
                }
            }
        }
    }
}
