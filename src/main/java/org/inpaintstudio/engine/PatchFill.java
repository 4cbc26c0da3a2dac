package org.inpaintstudio.engine;

/**
 * The patch method on one crop: a smooth structure fill, a patch (texture) fill guided by it, and their blend.
 * Falls back to the smooth fill alone when the crop offers no complete source patch (tiny images, huge holes).
 */
final class PatchFill {
    private static final double STRUCTURE_SHARE = 0.05;

    private final EngineOptions options;
    private final WorkerPool pool;

    PatchFill(EngineOptions options, WorkerPool pool) {
        this.options = options;
        this.pool = pool;
    }

    /** Fills the {@code hole} pixels of the planes in place. */
    void fill(float[][] planes, byte[] hole, int w, int h, int colourBands, long seed, ProgressTracker progress) {
        float[][] smooth = MembraneFill.fill(planes, hole, w, h, progress.cancel());
        progress.report(STRUCTURE_SHARE);
        float[][] patch = new PatchCompletion(options, pool)
            .complete(planes, smooth, hole, w, h, colourBands, seed, progress, STRUCTURE_SHARE, 0.97);
        if (patch == null) {
            return; // no source patch: the hole keeps the smooth fill
        }
        double sigma = options.structureSigmaFor(PatchCompletion.holeRadius(hole, w, h, progress.cancel()));
        StructureTextureBlend.blend(smooth, patch, hole, w, h, sigma, options.detailGain(), planes, progress.cancel());
    }
}
