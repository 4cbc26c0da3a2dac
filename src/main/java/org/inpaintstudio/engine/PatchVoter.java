package org.inpaintstudio.engine;

import java.util.Arrays;
import org.inpaintstudio.work.CancellationToken;
import org.inpaintstudio.work.InpaintCancelledException;

/**
 * The voting step of Wexler et al. (2007): each hole pixel becomes the weighted mean of what every target patch
 * covering it proposes there, a patch's weight falling with its distance to its source. The final reconstruction
 * instead takes what the best-matching covering patch proposes (as Newson et al. 2014): a mean of several slightly
 * shifted copies of a texture is a blur of it, the best one keeps its grain. Each pixel gathers its own votes, so
 * rows are independent and the result does not depend on the thread count.
 */
final class PatchVoter {
    private static final int MAX_SAMPLES = 4096;
    private static final int ROWS_PER_BAND = 16;

    private PatchVoter() {}

    /** How votes combine: all patches alike (right after upsampling), weighted by distance, or the best alone. */
    enum Mode {
        UNIFORM,
        WEIGHTED,
        BEST
    }

    /**
     * Writes the votes into the hole pixels of {@code level.bands}; sources are known pixels, so the writes never
     * disturb the reads.
     */
    static void vote(PyramidLevel level, PatchMatcher field, Mode mode, WorkerPool pool, CancellationToken cancel) {
        int w = level.width;
        int h = level.height;
        int r = field.radius;
        float[] weight = mode == Mode.BEST ? null : weights(field, mode == Mode.UNIFORM);
        float[][] bands = level.bands;
        int nb = bands.length;
        int blocks = (h + ROWS_PER_BAND - 1) / ROWS_PER_BAND;
        pool.forEach(blocks, block -> {
            if (cancel.isCancelled()) {
                throw new InpaintCancelledException();
            }
            double[] sums = new double[nb];
            for (int y = block * ROWS_PER_BAND; y < Math.min(h, (block + 1) * ROWS_PER_BAND); y++) {
                for (int x = 0; x < w; x++) {
                    int p = y * w + x;
                    if (level.hole[p] == 0) {
                        continue;
                    }
                    if (mode == Mode.BEST) {
                        int s = bestProposal(field, p, x, y, w, h);
                        if (s >= 0) {
                            for (int b = 0; b < nb; b++) {
                                bands[b][p] = bands[b][s];
                            }
                        }
                        continue;
                    }
                    Arrays.fill(sums, 0);
                    double total = 0;

                    for (int dy = Math.max(-r, y - (h - 1)); dy <= Math.min(r, y); dy++) {
                        for (int dx = Math.max(-r, x - (w - 1)); dx <= Math.min(r, x); dx++) {
                            int offset = dy * w + dx;
                            int c = p - offset;
                            int source = field.nnf[c];
                            if (source < 0) {
                                continue;
                            }
                            float wt = weight[c];
                            int s = source + offset;

                            total += wt;
                            for (int b = 0; b < nb; b++) {
                                sums[b] += wt * bands[b][s];
                            }
                        }
                    }
                    if (total > 0) {
                        for (int b = 0; b < nb; b++) {
                            bands[b][p] = (float) (sums[b] / total);
                        }
                    }
                }
            }
        });
    }

    /**
     * The source pixel that the best-matching target patch covering pixel {@code p} proposes for it, or -1 when no
     * target covers it.
     */
    static int bestProposal(PatchMatcher field, int p, int x, int y, int w, int h) {
        int r = field.radius;
        int best = -1;
        float bestD = Float.MAX_VALUE;
        for (int dy = Math.max(-r, y - (h - 1)); dy <= Math.min(r, y); dy++) {
            for (int dx = Math.max(-r, x - (w - 1)); dx <= Math.min(r, x); dx++) {
                int offset = dy * w + dx;
                int c = p - offset;
                int source = field.nnf[c];
                if (source >= 0 && field.distance[c] < bestD) {
                    bestD = field.distance[c];
                    best = source + offset;
                }
            }
        }
        return best;
    }

    /** exp(-d / 2 sigma^2) with sigma^2 the 75th percentile of the target distances (Wexler et al.). */
    private static float[] weights(PatchMatcher field, boolean uniform) {
        float[] weight = field.voteWeights;
        if (uniform) {
            Arrays.fill(weight, 1f);
            return weight;
        }
        int targets = 0;
        for (int i = 0; i < field.nnf.length; i++) {
            if (field.isTarget(i)) {
                targets++;
            }
        }
        int stride = Math.max(1, targets / MAX_SAMPLES);
        float[] samples = new float[Math.min(targets, MAX_SAMPLES + 1)];
        int n = 0;
        for (int i = 0, k = 0; i < field.nnf.length && n < samples.length; i++) {
            if (field.isTarget(i) && k++ % stride == 0) {
                samples[n++] = field.distance[i];
            }
        }
        Arrays.sort(samples, 0, n);
        float sigma2 = n == 0 ? 1f : Math.max(1e-3f, samples[(int) (0.75 * (n - 1))]);
        for (int i = 0; i < weight.length; i++) {
            if (field.isTarget(i)) {
                weight[i] = (float) Math.exp(-field.distance[i] / (2 * sigma2));
            }
        }
        return weight;
    }
}
