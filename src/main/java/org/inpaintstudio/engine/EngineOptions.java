package org.inpaintstudio.engine;

/**
 * Tuning knobs of the offline engine, with their defaults in {@link #DEFAULTS} (chosen with EngineBenchmark).
 *
 * @param patchRadius half the side of a square patch (4 means 9 x 9 patches)
 * @param thinRadius in AUTO, regions whose largest inscribed disc has at most this radius (pixels) are thin damage
 *     and go to fast marching; wider regions get patch completion. The default, twice the fast-marching radius,
 *     keeps every filled pixel within two neighbourhoods of the border, where extrapolation is still reliable
 * @param teleaRadius neighbourhood radius of fast marching, in pixels
 * @param contextFactor context kept around a region for patch completion, as a share of the region's longer side
 * @param minContext the smallest context margin around a patch region, in pixels
 * @param maxContext the largest context margin, in pixels: bounds the memory and time a huge region takes
 * @param coarsestHoleRadius the pyramid gets deep enough that the hole's inscribed radius at the coarsest level is
 *     about this many pixels, unless the crop would first shrink below four patches across its shorter side: for a
 *     big hole in a 1024-pixel photo that rule stops it (the raccoon's object hole keeps a radius of about 16 px),
 *     so this option then has no effect
 * @param coarseIterations EM iterations (search + vote) at the coarsest pyramid level
 * @param fineIterations EM iterations at the finest level; levels in between interpolate
 * @param guidanceWeight how strongly the patch search at the coarsest level is pulled toward the smooth fill;
 *     halves at each finer level, none at the finest
 * @param textureWeight weight of the texture features (local mean absolute derivatives) against colour in patch
 *     distances; keeps the search from settling on flat sources
 * @param structureSigma Gaussian sigma (pixels) splitting low frequencies (from the smooth fill) from detail (from
 *     the patch fill), for thin holes
 * @param structureSigmaPerRadius growth of that sigma with the hole's inscribed radius, up to four times
 *     {@code structureSigma}: deep in a wide hole the smooth fill is only an average, so the patch fill carries more
 * @param detailGain factor on the patch fill's detail in the blend: the votes average overlapping patches, which
 *     softens their grain, and this gives it back (1 keeps the detail as voted)
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
    double structureSigma,
    double structureSigmaPerRadius,
    double detailGain,
    int threads) {

    public static final EngineOptions DEFAULTS =
        new EngineOptions(4, 10.0, 5, 0.6, 24, 384, 5.0, 8, 1, 0.5, 12.0, 3.0, 0.0, 1.4, 0);

    public EngineOptions {
        requireRange("patchRadius", patchRadius, 1, 8);
        requireRange("teleaRadius", teleaRadius, 1, 32);
        requireRange("minContext", minContext, 1, 4096);
        requireRange("maxContext", maxContext, minContext, 1 << 16);
        requireRange("coarseIterations", coarseIterations, 1, 100);
        requireRange("fineIterations", fineIterations, 1, 100);
        requireRange("threads", threads, 0, 256);
        if (!(thinRadius >= 0) || !(contextFactor >= 0) || !(coarsestHoleRadius >= 1) || !(guidanceWeight >= 0)
            || !(textureWeight >= 0) || !(structureSigma >= 0) || !(structureSigmaPerRadius >= 0)
            || !(detailGain >= 0)) {
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
        return new EngineOptions(patchRadius, thinRadius, teleaRadius, contextFactor, minContext, maxContext,
            coarsestHoleRadius, coarseIterations, fineIterations, guidanceWeight, textureWeight, structureSigma,
            structureSigmaPerRadius, detailGain, count);
    }

    /** The number of worker threads to use on this machine. */
    public int effectiveThreads() {
        return threads > 0 ? threads : Math.max(1, Runtime.getRuntime().availableProcessors());
    }

    /** The blend's sigma for a hole whose largest inscribed disc has this radius. */
    double structureSigmaFor(double holeRadius) {
        return Math.max(structureSigma, Math.min(4 * structureSigma, structureSigmaPerRadius * holeRadius));
    }
}
