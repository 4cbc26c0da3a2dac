package org.inpaintstudio.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.inpaintstudio.image.DistanceTransform;
import org.inpaintstudio.work.CancellationToken;

/**
 * Multi-scale patch completion (Wexler, Shechtman and Irani 2007) with PatchMatch search: the crop is reduced until
 * the hole is 2-3 pixels deep, the coarsest hole is filled pixel by pixel in Criminisi's order, and at each level
 * search and vote alternate; a finer level starts from the coarser field scaled up and voted with its own, sharper,
 * pixels. Patches are compared on CIELAB plus texture features, never copied from the hole's halo or from pixels
 * the caller ruled out, and the search also tries the crop's dominant offsets. The finest level takes each pixel
 * from its best-matching patch, and a gradient-domain blend makes the fill meet the border.
 */
final class PatchCompletion {
    private static final int MIN_SOURCES = 16;
    /** The smallest patch, used where a level is too small for the configured one (5 x 5). */
    private static final int MIN_RADIUS = 2;
    /** A level gets patches no wider than 1/8 of its shorter side, so it still offers sources of some variety. */
    private static final int SIDES_PER_PATCH = 8;
    /** Dominant offsets are found at the finest level no larger than this on its longer side (He and Sun work small). */
    private static final int OFFSET_LEVEL_SIDE = 256;

    private final EngineOptions options;
    private final WorkerPool pool;

    PatchCompletion(EngineOptions options, WorkerPool pool) {
        this.options = options;
        this.pool = pool;
    }

    /**
     * Fills the hole of the crop's bands in place (they are the finest level, to save a copy) and returns them, or
     * returns null, with the bands untouched, when the crop has no complete source patch.
     *
     * @param guide the structure fill that pulls the coarse search when {@code guidanceWeight > 0}, else null
     * @param forbidden pixels no patch may be copied from besides the hole and its halo (1), or null
     */
    float[][] complete(
            float[][] bands,
            float[][] guide,
            byte[] hole,
            byte[] forbidden,
            int w,
            int h,
            int colourBands,
            long seed,
            ProgressTracker progress,
            double from,
            double to) {
        int nb = bands.length;
        float[][] texture = TexturePlanes.of(bands, colourBands, hole, w, h, progress.cancel());
        float[][] start = new float[nb + TexturePlanes.COUNT][];
        float[][] guides = new float[nb + TexturePlanes.COUNT][];
        for (int b = 0; b < nb; b++) {
            start[b] = bands[b];
            guides[b] = guide != null ? guide[b] : bands[b];
        }
        for (int t = 0; t < TexturePlanes.COUNT; t++) {
            start[nb + t] = texture[t];
            guides[nb + t] = texture[t];
        }
        byte[] excluded = excluded(hole, forbidden, w, h, progress.cancel());
        List<PyramidLevel> levels = pyramid(new PyramidLevel(w, h, start, hole, excluded, guides), progress.cancel());
        int featureCount = LevelFeatures.count(colourBands);
        int coarsest = levels.size() - 1;
        while (coarsest >= 0 && !hasSources(levels.get(coarsest))) {
            coarsest--;
        }
        if (coarsest < 0) {
            return null;
        }
        int offsetLevel = offsetLevel(levels, coarsest);
        Offsets offsets = dominantOffsets(levels.get(offsetLevel), colourBands, featureCount, seed, progress);
        double totalWork = 0;
        for (int k = coarsest; k >= 0; k--) {
            totalWork += (iterations(k, coarsest) + 1) / Math.pow(4, k);
        }
        double work = 0;
        PatchMatcher previous = null;
        for (int k = coarsest; k >= 0; k--) {
            PyramidLevel level = levels.get(k);
            double lambda = k == 0 || guide == null ? 0 : options.guidanceWeight() * Math.pow(0.5, coarsest - k);
            progress.cancel().throwIfCancelled();
            LevelFeatures features =
                    new LevelFeatures(level, colourBands, (float) options.textureWeight(), lambda, progress.cancel());
            PatchMatcher field =
                    new PatchMatcher(level, features.values, featureCount, radiusAt(level), pool, progress.cancel());
            Offsets here = offsets.rescaled(offsetLevel - k);
            field.useOffsets(here);
            field.useLocality(options.localityWeight());
            long levelSeed = mix(seed, k);
            if (previous == null) {
                OnionPeelFill.fill(level, field, here, mix(levelSeed, -1), progress.cancel());
                field.initialiseRandomly(levelSeed);
            } else {
                field.initialiseFrom(previous, levelSeed);
                PatchVoter.vote(level, field, PatchVoter.Mode.UNIFORM, pool, progress.cancel());
                features.update();
            }
            int n = iterations(k, coarsest);
            for (int it = 0; it < n; it++) {
                field.search(it, mix(levelSeed, it + 1));
                boolean last = k == 0 && it == n - 1;
                PatchVoter.vote(
                        level, field, last ? PatchVoter.Mode.BEST : PatchVoter.Mode.WEIGHTED, pool, progress.cancel());
                if (!last) {
                    features.update();
                }
                work += 1 / Math.pow(4, k);
                progress.report(from + (to - from) * work / totalWork);
            }
            work += 1 / Math.pow(4, k);
            previous = field;
            levels.set(k, null);
            if (k == 0) {
                SeamBlend.apply(level, field, nb, options.haloRadius(), forbidden, progress.cancel());
                return Arrays.copyOf(level.bands, nb);
            }
        }
        throw new IllegalStateException("unreachable");
    }

    /** The hole, the ring of {@code haloRadius} pixels around it, and the caller's forbidden pixels. */
    private byte[] excluded(byte[] hole, byte[] forbidden, int w, int h, CancellationToken cancel) {
        byte[] out = new byte[hole.length];
        int halo = options.haloRadius();
        float[] toHole = null;
        if (halo > 0) {
            boolean[] known = new boolean[hole.length];
            for (int i = 0; i < known.length; i++) {
                known[i] = hole[i] == 0;
            }
            cancel.throwIfCancelled();
            toHole = DistanceTransform.squaredDistanceToOutside(known, w, h);
        }
        for (int i = 0; i < out.length; i++) {
            boolean near = toHole != null ? toHole[i] <= (float) halo * halo : hole[i] != 0;
            out[i] = near || (forbidden != null && forbidden[i] != 0) ? (byte) 1 : 0;
        }
        return out;
    }

    /** The configured patch radius, smaller on levels that are only a few patches across. */
    private int radiusAt(PyramidLevel level) {
        int fits = Math.min(level.width, level.height) / (2 * SIDES_PER_PATCH);
        return Math.max(MIN_RADIUS, Math.min(options.patchRadius(), fits));
    }

    private boolean hasSources(PyramidLevel level) {
        int r = radiusAt(level);
        if (level.width < 2 * r + 1 || level.height < 2 * r + 1) {
            return false;
        }
        int[] excludedCount = PatchMatcher.windowSums(level.excluded, level.width, level.height, r);
        int sources = 0;
        for (int y = r; y < level.height - r; y++) {
            for (int x = r; x < level.width - r; x++) {
                if (excludedCount[y * level.width + x] == 0 && ++sources >= MIN_SOURCES) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int offsetLevel(List<PyramidLevel> levels, int coarsest) {
        int k = 0;
        while (k < coarsest && Math.max(levels.get(k).width, levels.get(k).height) > OFFSET_LEVEL_SIDE) {
            k++;
        }
        return k;
    }

    private Offsets dominantOffsets(
            PyramidLevel level, int colourBands, int featureCount, long seed, ProgressTracker progress) {
        if (options.dominantOffsets() == 0) {
            return Offsets.NONE;
        }
        LevelFeatures features =
                new LevelFeatures(level, colourBands, (float) options.textureWeight(), 0, progress.cancel());
        PatchMatcher field =
                new PatchMatcher(level, features.values, featureCount, radiusAt(level), pool, progress.cancel());
        return DominantOffsets.find(field, options.dominantOffsets(), mix(seed, -2), progress.cancel());
    }

    /**
     * Levels 0 (the crop) to n, halving until the hole's inscribed radius is about the configured size or the crop
     * would get narrower than two of the smallest patches.
     */
    private List<PyramidLevel> pyramid(PyramidLevel base, CancellationToken cancel) {
        List<PyramidLevel> levels = new ArrayList<>();
        levels.add(base);
        double holeRadius = holeRadius(base.hole, base.width, base.height, cancel);
        PyramidLevel level = base;
        while (holeRadius > options.coarsestHoleRadius()
                && Math.min(level.width, level.height) / 2 >= 2 * (2 * MIN_RADIUS + 1)) {
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
