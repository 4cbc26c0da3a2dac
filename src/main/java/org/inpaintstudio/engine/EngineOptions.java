package org.inpaintstudio.engine;

/**
 * Tuning knobs of the offline engine, with their defaults in {@link #DEFAULTS}.
 *
 * @param patchRadius half the side of a square patch (3 means 7 x 7 patches)
 * @param thinRadius in AUTO, regions whose largest inscribed circle has at most this radius (pixels) are thin
 *     damage and go to fast marching; wider regions get patch completion
 * @param teleaRadius neighbourhood radius of fast marching, in pixels
 * @param contextFactor context kept around a region for patch completion, as a share of the region's longer side
 * @param minContext the smallest context margin around a patch region, in pixels
 * @param coarsestHoleRadius the pyramid gets deep enough that the hole's inscribed radius at the coarsest level is
 *     about this many pixels
 * @param coarseIterations EM iterations (search + vote) at the coarsest pyramid level
 * @param fineIterations EM iterations at the finest level; levels in between interpolate
 * @param guidanceWeight how strongly the patch search at the coarsest level is pulled toward the smooth fill;
 *     halves at each finer level
 * @param structureSigma Gaussian sigma (pixels) splitting low frequencies (from the smooth fill) from detail
 *     (from the patch fill)
 * @param threads worker threads; 0 uses every core
 */
public record EngineOptions(
    int patchRadius,
    double thinRadius,
    int teleaRadius,
    double contextFactor,
    int minContext,
    double coarsestHoleRadius,
    int coarseIterations,
    int fineIterations,
    double guidanceWeight,
    double structureSigma,
    int threads) {

    public static final EngineOptions DEFAULTS = new EngineOptions(Integer.getInteger("engine.r", 3), 2.5, 5, 0.6, 24, Double.parseDouble(System.getProperty("engine.coarse", "5")), Integer.getInteger("engine.itc", 8), Integer.getInteger("engine.itf", 2), Double.parseDouble(System.getProperty("engine.guide", "1")), Double.parseDouble(System.getProperty("engine.sigma", "3")), 0);

    public EngineOptions {
        requireRange("patchRadius", patchRadius, 1, 8);
        requireRange("teleaRadius", teleaRadius, 1, 32);
        requireRange("minContext", minContext, 1, 4096);
        requireRange("coarseIterations", coarseIterations, 1, 100);
        requireRange("fineIterations", fineIterations, 1, 100);
        requireRange("threads", threads, 0, 256);
        if (!(thinRadius >= 0) || !(contextFactor >= 0) || !(coarsestHoleRadius >= 1)
            || !(guidanceWeight >= 0) || !(structureSigma >= 0)) {
            throw new IllegalArgumentException("engine options out of range: " + this);
        }
    }

    private static void requireRange(String name, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(name + " must be between " + min + " and " + max + ", was " + value);
        }
    }

    /** The number of worker threads to use on this machine. */
    public int effectiveThreads() {
        return threads > 0 ? threads : Math.max(1, Runtime.getRuntime().availableProcessors());
    }
}
