package org.inpaintstudio.selection;

import java.util.Random;

/**
 * A Gaussian mixture over RGB colours (0..255 a channel), five components with full covariance, as in GrabCut
 * (Rother, Kolmogorov and Blake 2004). Learnt by hard assignment: each sample belongs to its most likely
 * component, and each component is fitted to its samples.
 */
final class ColourModel {
    static final int COMPONENTS = 5;
    /** Added to the variances: keeps flat areas (a single colour) from making a singular covariance. */
    private static final double VARIANCE_FLOOR = 4.0;

    private static final int KMEANS_ROUNDS = 8;
    private static final double LOG_2PI_3_HALF = 1.5 * Math.log(2 * Math.PI);

    private final double[] mean = new double[COMPONENTS * 3];
    private final double[] inverse = new double[COMPONENTS * 9];
    private final double[] logScale = new double[COMPONENTS];
    private final boolean[] used = new boolean[COMPONENTS];
    private final double[] scratch = new double[COMPONENTS]; // a model serves one thread: no allocation a pixel

    private ColourModel() {}

    /** A first model: k-means clusters of the samples (seeded, so the same input gives the same model). */
    static ColourModel initial(float[] samples, int count) {
        int[] assignment = kMeans(samples, count);
        return fitted(samples, count, assignment);
    }

    /** The next model: the samples re-assigned to this model's components, then each component refitted. */
    ColourModel refined(float[] samples, int count) {
        int[] assignment = new int[count];
        for (int i = 0; i < count; i++) {
            assignment[i] = mostLikely(samples[3 * i], samples[3 * i + 1], samples[3 * i + 2]);
        }
        return fitted(samples, count, assignment);
    }

    /** The cost of the colour under this model: -log of its probability density. */
    double cost(float r, float g, float b) {
        double best = Double.NEGATIVE_INFINITY;
        double[] logs = scratch;
        for (int k = 0; k < COMPONENTS; k++) {
            logs[k] = used[k] ? logDensity(k, r, g, b) : Double.NEGATIVE_INFINITY;
            best = Math.max(best, logs[k]);
        }
        double sum = 0;
        for (int k = 0; k < COMPONENTS; k++) {
            if (used[k]) {
                sum += Math.exp(logs[k] - best);
            }
        }
        return -(best + Math.log(sum));
    }

    private int mostLikely(float r, float g, float b) {
        int best = 0;
        double bestLog = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < COMPONENTS; k++) {
            if (used[k]) {
                double log = logDensity(k, r, g, b);
                if (log > bestLog) {
                    bestLog = log;
                    best = k;
                }
            }
        }
        return best;
    }

    /** log(weight) + log N(colour; mean, covariance) of component k. */
    private double logDensity(int k, float r, float g, float b) {
        double dr = r - mean[3 * k];
        double dg = g - mean[3 * k + 1];
        double db = b - mean[3 * k + 2];
        double[] m = inverse;
        int o = 9 * k;
        double q = dr * (m[o] * dr + m[o + 1] * dg + m[o + 2] * db)
                + dg * (m[o + 3] * dr + m[o + 4] * dg + m[o + 5] * db)
                + db * (m[o + 6] * dr + m[o + 7] * dg + m[o + 8] * db);
        return logScale[k] - 0.5 * q;
    }

    private static ColourModel fitted(float[] samples, int count, int[] assignment) {
        double[] sums = new double[COMPONENTS * 3];
        double[] products = new double[COMPONENTS * 9];
        int[] members = new int[COMPONENTS];
        for (int i = 0; i < count; i++) {
            int k = assignment[i];
            members[k]++;
            for (int c = 0; c < 3; c++) {
                double v = samples[3 * i + c];
                sums[3 * k + c] += v;
                for (int d = 0; d < 3; d++) {
                    products[9 * k + 3 * c + d] += v * samples[3 * i + d];
                }
            }
        }
        ColourModel model = new ColourModel();
        for (int k = 0; k < COMPONENTS; k++) {
            if (members[k] == 0) {
                continue;
            }
            double n = members[k];
            double[] cov = new double[9];
            for (int c = 0; c < 3; c++) {
                model.mean[3 * k + c] = sums[3 * k + c] / n;
            }
            for (int c = 0; c < 3; c++) {
                for (int d = 0; d < 3; d++) {
                    cov[3 * c + d] = products[9 * k + 3 * c + d] / n - model.mean[3 * k + c] * model.mean[3 * k + d];
                }
                cov[4 * c] += VARIANCE_FLOOR;
            }
            double det = cov[0] * (cov[4] * cov[8] - cov[5] * cov[7])
                    - cov[1] * (cov[3] * cov[8] - cov[5] * cov[6])
                    + cov[2] * (cov[3] * cov[7] - cov[4] * cov[6]);
            if (!(det > 0)) {
                continue;
            }
            int o = 9 * k;
            model.inverse[o] = (cov[4] * cov[8] - cov[5] * cov[7]) / det;
            model.inverse[o + 1] = (cov[2] * cov[7] - cov[1] * cov[8]) / det;
            model.inverse[o + 2] = (cov[1] * cov[5] - cov[2] * cov[4]) / det;
            model.inverse[o + 3] = (cov[5] * cov[6] - cov[3] * cov[8]) / det;
            model.inverse[o + 4] = (cov[0] * cov[8] - cov[2] * cov[6]) / det;
            model.inverse[o + 5] = (cov[2] * cov[3] - cov[0] * cov[5]) / det;
            model.inverse[o + 6] = (cov[3] * cov[7] - cov[4] * cov[6]) / det;
            model.inverse[o + 7] = (cov[1] * cov[6] - cov[0] * cov[7]) / det;
            model.inverse[o + 8] = (cov[0] * cov[4] - cov[1] * cov[3]) / det;
            model.logScale[k] = Math.log(n / count) - 0.5 * Math.log(det) - LOG_2PI_3_HALF;
            model.used[k] = true;
        }
        return model;
    }

    /** k-means++ seeding with a fixed seed, then a few Lloyd rounds. */
    private static int[] kMeans(float[] samples, int count) {
        int k = Math.min(COMPONENTS, count);
        double[] centres = new double[COMPONENTS * 3];
        Random random = new Random(count * 31L + 7);
        int firstPick = random.nextInt(count);
        for (int c = 0; c < 3; c++) {
            centres[c] = samples[3 * firstPick + c];
        }
        double[] nearest = new double[count];
        java.util.Arrays.fill(nearest, Double.MAX_VALUE);
        for (int chosen = 1; chosen < k; chosen++) {
            double total = 0;
            for (int i = 0; i < count; i++) {
                nearest[i] = Math.min(nearest[i], squaredDistance(samples, i, centres, chosen - 1));
                total += nearest[i];
            }
            double target = random.nextDouble() * total;
            int pick = count - 1;
            for (int i = 0; i < count; i++) {
                target -= nearest[i];
                if (target <= 0) {
                    pick = i;
                    break;
                }
            }
            for (int c = 0; c < 3; c++) {
                centres[3 * chosen + c] = samples[3 * pick + c];
            }
        }
        int[] assignment = new int[count];
        for (int round = 0; round < KMEANS_ROUNDS; round++) {
            double[] sums = new double[COMPONENTS * 3];
            int[] members = new int[COMPONENTS];
            for (int i = 0; i < count; i++) {
                int best = 0;
                double bestDistance = Double.MAX_VALUE;
                for (int j = 0; j < k; j++) {
                    double d = squaredDistance(samples, i, centres, j);
                    if (d < bestDistance) {
                        bestDistance = d;
                        best = j;
                    }
                }
                assignment[i] = best;
                members[best]++;
                for (int c = 0; c < 3; c++) {
                    sums[3 * best + c] += samples[3 * i + c];
                }
            }
            for (int j = 0; j < k; j++) {
                if (members[j] > 0) {
                    for (int c = 0; c < 3; c++) {
                        centres[3 * j + c] = sums[3 * j + c] / members[j];
                    }
                }
            }
        }
        return assignment;
    }

    private static double squaredDistance(float[] samples, int i, double[] centres, int j) {
        double dr = samples[3 * i] - centres[3 * j];
        double dg = samples[3 * i + 1] - centres[3 * j + 1];
        double db = samples[3 * i + 2] - centres[3 * j + 2];
        return dr * dr + dg * dg + db * db;
    }
}
