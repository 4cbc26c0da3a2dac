package org.inpaintstudio.engine;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.inpaintstudio.work.CancellationToken;
import org.junit.jupiter.api.Test;

/** Between sources that match equally well, the locality term makes the search take the one nearest the target. */
class PatchLocalityTest {
    private static final int W = 160;
    private static final int H = 40;
    private static final int PERIOD = 12;

    @Test
    void equallyGoodSourcesAreTakenFromNearTheHole() {
        double[] plain = sourceDistances(0);
        double[] local = sourceDistances(EngineOptions.DEFAULTS.localityWeight());
        // Every source that repeats the target exactly lies a multiple of the period away; the nearest one outside
        // the hole is at most two periods away.
        assertTrue(local[1] >= 0.95, "share of targets with a source within two periods: " + local[1]);
        assertTrue(local[0] < plain[0] / 2, "mean distance to the source, near " + local[0] + ", plain " + plain[0]);
    }

    /** The mean target-to-source distance and the share of targets whose source is within 2 periods + a patch. */
    private static double[] sourceDistances(double locality) {
        SplittableRandom random = new SplittableRandom(7);
        float[][] column = new float[3][PERIOD * H];
        for (int b = 0; b < 3; b++) {
            for (int i = 0; i < column[b].length; i++) {
                // smooth across the period (so the search can home in), a ramp down the rows, a little grain
                column[b][i] = (float) (100
                        + 60 * Math.sin(2 * Math.PI * (i % PERIOD) / PERIOD + b)
                        + 3 * (i / PERIOD)
                        + random.nextInt(4));
            }
        }
        float[][] bands = new float[3][W * H];
        byte[] hole = new byte[W * H];
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                for (int b = 0; b < 3; b++) {
                    bands[b][y * W + x] = column[b][y * PERIOD + x % PERIOD];
                }
                if (x >= 74 && x < 86 && y >= 14 && y < 26) {
                    hole[y * W + x] = 1;
                }
            }
        }
        PyramidLevel level = new PyramidLevel(W, H, bands, hole, hole, bands);
        float[] features = LabFeatures.of(bands, 3, W * H);
        PatchMatcher field = new PatchMatcher(level, features, 3, 3, WorkerPool.of(2), new CancellationToken());
        field.useLocality(locality);
        field.initialiseRandomly(1);
        for (int it = 0; it < 6; it++) {
            field.search(it, 100 + it);
        }
        double sum = 0;
        int near = 0;
        int targets = 0;
        for (int t = 0; t < W * H; t++) {
            if (!field.isTarget(t)) {
                continue;
            }
            int s = field.nnf[t];
            double d = Math.hypot(s % W - t % W, s / W - t / W);
            sum += d;
            near += d <= 2 * PERIOD + 6 ? 1 : 0;
            targets++;
        }
        return new double[] {sum / targets, (double) near / targets};
    }
}
