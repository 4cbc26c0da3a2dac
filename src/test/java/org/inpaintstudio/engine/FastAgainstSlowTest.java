package org.inpaintstudio.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.inpaintstudio.image.DistanceTransform;
import org.inpaintstudio.work.CancellationToken;
import org.junit.jupiter.api.Test;

/** The fast inner loops against slow, obvious versions on seeded random inputs. */
class FastAgainstSlowTest {
    @Test
    void distanceTransformMatchesBruteForce() {
        Random random = new Random(5);
        for (int round = 0; round < 20; round++) {
            int w = 1 + random.nextInt(30);
            int h = 1 + random.nextInt(30);
            boolean[] inside = new boolean[w * h];
            for (int i = 0; i < inside.length; i++) {
                inside[i] = random.nextDouble() < 0.85;
            }
            float[] fast = DistanceTransform.squaredDistanceToOutside(inside, w, h);
            for (int p = 0; p < inside.length; p++) {
                double best = Double.POSITIVE_INFINITY;
                for (int q = 0; q < inside.length; q++) {
                    if (!inside[q]) {
                        double dx = p % w - q % w;
                        double dy = p / w - q / w;
                        best = Math.min(best, dx * dx + dy * dy);
                    }
                }
                if (Double.isInfinite(best)) {
                    assertTrue(fast[p] > 1e10, "no outside pixel at all");
                } else {
                    assertEquals(best, fast[p], 1e-3, "pixel " + p + " of " + w + " x " + h);
                }
            }
        }
    }

    @Test
    void patchDistanceMatchesAPlainDoubleLoop() {
        Random random = new Random(6);
        int w = 20;
        int h = 16;
        int f = 3;
        int r = 3;
        float[] features = new float[w * h * f];
        for (int i = 0; i < features.length; i++) {
            features[i] = random.nextFloat() * 100;
        }
        for (int round = 0; round < 50; round++) {
            int a = (r + random.nextInt(h - 2 * r)) * w + r + random.nextInt(w - 2 * r);
            int b = (r + random.nextInt(h - 2 * r)) * w + r + random.nextInt(w - 2 * r);
            double slow = 0;
            for (int dy = -r; dy <= r; dy++) {
                for (int dx = -r; dx <= r; dx++) {
                    for (int c = 0; c < f; c++) {
                        double d = features[(a + dy * w + dx) * f + c] - features[(b + dy * w + dx) * f + c];
                        slow += d * d;
                    }
                }
            }
            assertEquals(slow, PatchDistance.ssd(features, f, w, r, a, b, Float.MAX_VALUE), slow * 1e-5);
            assertTrue(PatchDistance.ssd(features, f, w, r, a, b, (float) slow / 2) >= slow / 2, "stops at the limit");
        }
    }

    @Test
    void patchMatchComesCloseToAnExhaustiveSearch() {
        int w = 64;
        int h = 48;
        java.awt.image.BufferedImage photo = TestImages.photo("coffee.png");
        float[][] bands = new float[3][w * h];
        for (int i = 0; i < w * h; i++) {
            int rgb = photo.getRGB(300 + i % w, 250 + i / w);
            bands[0][i] = (rgb >> 16) & 0xff;
            bands[1][i] = (rgb >> 8) & 0xff;
            bands[2][i] = rgb & 0xff;
        }
        byte[] hole = new byte[w * h];
        for (int y = 18; y < 30; y++) {
            for (int x = 25; x < 40; x++) {
                hole[y * w + x] = 1;
            }
        }
        PyramidLevel level = new PyramidLevel(w, h, bands, hole, hole, bands);
        float[] features = LabFeatures.of(bands, 3, w * h);
        PatchMatcher field = new PatchMatcher(level, features, 3, 3, WorkerPool.of(2), new CancellationToken());
        field.initialiseRandomly(1);
        for (int it = 0; it < 8; it++) {
            field.search(it, 100 + it);
        }
        double foundSum = 0;
        double bestSum = 0;
        for (int t = 0; t < w * h; t++) {
            if (!field.isTarget(t)) {
                continue;
            }
            float best = Float.MAX_VALUE;
            for (int s = 0; s < w * h; s++) {
                int sx = s % w;
                int sy = s / w;
                if (sx < 3 || sy < 3 || sx >= w - 3 || sy >= h - 3 || touchesHole(hole, w, sx, sy, 3)) {
                    continue;
                }
                best = Math.min(best, PatchDistance.ssd(features, 3, w, 3, t, s, Float.MAX_VALUE));
            }
            float found = PatchDistance.ssd(features, 3, w, 3, t, field.nnf[t], Float.MAX_VALUE);
            assertTrue(found >= best - 1e-2, "better than exhaustive?");
            assertEquals(found / 49f, field.distance[t], 1e-3 * found, "stored distance");
            foundSum += found;
            bestSum += best;
        }
        assertTrue(foundSum <= bestSum * 1.15, "PatchMatch total " + foundSum + ", exhaustive " + bestSum);
    }

    private static boolean touchesHole(byte[] hole, int w, int x, int y, int r) {
        for (int dy = -r; dy <= r; dy++) {
            for (int dx = -r; dx <= r; dx++) {
                if (hole[(y + dy) * w + x + dx] != 0) {
                    return true;
                }
            }
        }
        return false;
    }
}
