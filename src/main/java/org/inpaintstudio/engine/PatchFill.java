package org.inpaintstudio.engine;

import org.inpaintstudio.image.PixelBox;

/**
 * The patch method on one crop: multi-scale patch completion fills the hole on its own. Only when the crop offers
 * no complete source patch (tiny images, a mask over nearly everything) does the hole get the smooth membrane fill;
 * when it is the caller's sampling area that leaves no source, the fill stops with
 * {@link SamplingAreaTooSmallException} instead, since a smooth fill would quietly ignore what was asked.
 */
final class PatchFill {
    private final EngineOptions options;
    private final WorkerPool pool;

    PatchFill(EngineOptions options, WorkerPool pool) {
        this.options = options;
        this.pool = pool;
    }

    /**
     * Fills the {@code hole} pixels of the planes in place.
     *
     * @param forbidden pixels not to copy from (1), or null to allow the whole crop
     * @throws SamplingAreaTooSmallException when {@code forbidden} leaves no complete source patch
     */
    void fill(
            float[][] planes,
            byte[] hole,
            byte[] forbidden,
            PixelBox box,
            int colourBands,
            long seed,
            ProgressTracker progress) {
        int w = box.width();
        int h = box.height();
        float[][] guide =
                options.guidanceWeight() > 0 ? MembraneFill.fill(planes, hole, w, h, progress.cancel()) : null;
        float[][] patch = new PatchCompletion(options, pool)
                .complete(planes, guide, hole, forbidden, w, h, colourBands, seed, progress, 0, 0.97);
        if (patch == null && forbidden != null) {
            throw new SamplingAreaTooSmallException(box.x0(), box.y0(), w, h);
        }
        if (patch == null) {
            float[][] smooth = guide != null ? guide : MembraneFill.fill(planes, hole, w, h, progress.cancel());
            for (int b = 0; b < planes.length; b++) {
                for (int i = 0; i < hole.length; i++) {
                    if (hole[i] != 0) {
                        planes[b][i] = smooth[b][i];
                    }
                }
            }
        }
    }
}
