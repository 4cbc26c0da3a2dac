package org.inpaintstudio.engine;

/**
 * Tuning knobs of the offline engine, with their defaults in {@link #DEFAULTS} (chosen with EngineBenchmark).
 *
 * @param patchRadius half the side of a square patch (4 means 9 x 9 patches)
 * @param thinRadius in AUTO, regions whose largest inscribed disc has at most this radius (pixels) are thin damage
 *     and go to fast marching; wider regions get patch completion. The default, twice the fast-marching radius,
 *     keeps every filled pixel within two neighbourhoods of the border, where extrapolation is still reliable
 * @param teleaRadius neighbourhood radius of fast marching, in pixels
 * @param contextFactor context kept around a region for patch completion, as a share of the region's longer side:
 *     twice the side leaves enough photo around a big hole for a pyramid deep enough to fill it as a whole
 * @param minContext the smallest context margin around a patch region, in pixels
 * @param maxContext the largest context margin, in pixels: bounds the memory and time a huge region takes
 * @param coarsestHoleRadius the pyramid gets deep enough that the hole's inscribed radius at the coarsest level is
 *     about this many pixels (2-3 px: the hole is then filled as a whole, with the photo's layout around it), unless
 *     the crop would first shrink below two patches across its shorter side
 * @param coarseIterations EM iterations (search + vote) at the coarsest pyramid level
 * @param fineIterations EM iterations at the finest level; levels in between interpolate
 * @param guidanceWeight how strongly the patch search at the coarsest level is pulled toward the smooth (membrane)
 *     fill; halves at each finer level, none at the finest. It steers which sources are chosen (those that continue
 *     the colours around the hole, not a bright fragment from across the photo), never the pixels themselves;
 *     0 leaves the search to the patches alone
 * @param textureWeight weight of the texture features (local mean absolute derivatives) against colour in patch
 *     distances; keeps the search from settling on flat sources
 * @param haloRadius source patches keep this many pixels (at full scale) away from the hole: a mask drawn snugly
 *     around an object leaves its halo, shadow or anti-aliased edge there, which would otherwise be copied back in
 * @param dominantOffsets how many of the crop's most frequent self-similarity offsets (He and Sun 2012) the patch
 *     search tries as extra candidates: on regular scenes (facades, tiles, fences) they continue the repetition;
 *     0 turns them off
 * @param localityWeight how much the patch search prefers sources near the target: the cost of a source across the
 *     whole level equals a feature difference of sqrt(weight) at every patch pixel (CIELAB units). Nearby sources
 *     tend to share the hole's surface and light, far ones bring fragments of other objects; 0 turns it off
 * @param threads worker threads; 0 uses every core
 */
public record EngineOptions(
        int patchRadius,
        double thinRadius,
        int teleaRadius,
        double contextFactor,
        int minContext,
        int maxContext,
        double coarsestHoleRadius,
        int coarseIterations,
        int fineIterations,
        double guidanceWeight,
        double textureWeight,
        int haloRadius,
        int dominantOffsets,
        double localityWeight,
        int threads) {

    public static final EngineOptions DEFAULTS =
            new EngineOptions(4, 10.0, 5, 2.0, 24, 512, 2.5, 8, 1, 4.0, 4.0, 2, 24, 700.0, 0);

    public EngineOptions {
        requireRange("patchRadius", patchRadius, 1, 8);
        requireRange("teleaRadius", teleaRadius, 1, 32);
        requireRange("minContext", minContext, 1, 4096);
        requireRange("maxContext", maxContext, minContext, 1 << 16);
        requireRange("coarseIterations", coarseIterations, 1, 100);
        requireRange("fineIterations", fineIterations, 1, 100);
        requireRange("haloRadius", haloRadius, 0, 16);
        requireRange("dominantOffsets", dominantOffsets, 0, 256);
        requireRange("threads", threads, 0, 256);
        if (!(thinRadius >= 0)
                || !(contextFactor >= 0)
                || !(coarsestHoleRadius >= 1)
                || !(guidanceWeight >= 0)
                || !(textureWeight >= 0)
                || !(localityWeight >= 0)) {
            throw new IllegalArgumentException("engine options out of range: " + this);
        }
    }

    private static void requireRange(String name, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(name + " must be between " + min + " and " + max + ", was " + value);
        }
    }

    /** These options with another thread count. */
    public EngineOptions withThreads(int count) {
        return new EngineOptions(
                patchRadius,
                thinRadius,
                teleaRadius,
                contextFactor,
                minContext,
                maxContext,
                coarsestHoleRadius,
                coarseIterations,
                fineIterations,
                guidanceWeight,
                textureWeight,
                haloRadius,
                dominantOffsets,
                localityWeight,
                count);
    }

    /** The number of worker threads to use on this machine. */
    public int effectiveThreads() {
        return threads > 0 ? threads : Math.max(1, Runtime.getRuntime().availableProcessors());
    }
}
