package org.inpaintstudio.engine;

import java.util.SplittableRandom;
import org.inpaintstudio.work.CancellationToken;

/**
 * The first fill of the coarsest pyramid level, where the hole is only a few pixels deep: pixel by pixel from the
 * border inward, in the order of Criminisi, Perez and Toyama (2004) — confidence (how much of the patch around a
 * pixel is known) times the data term (how strongly an edge of the photo runs into the hole there) — so the
 * structures that cross the border are continued before the flat areas beside them. Each pixel copies the centre of
 * the source patch that best matches the pixels already known around it. Unlike a start from a smooth fill, this
 * gives the EM iterations a textured start, so they do not settle on flat patches (the "blur attractor" of patch
 * voting). Sequential, and small: it runs where the hole is a few pixels deep.
 */
final class OnionPeelFill {
    private static final int RANDOM_CANDIDATES = 24;
    /** Keeps flat areas (data term 0) in confidence order instead of leaving them all to the end. */
    private static final float DATA_FLOOR = 0.1f;

    private final PyramidLevel level;
    private final float[] features;
    private final int featureCount;
    private final int radius;
    private final PatchMatcher field;
    private final Offsets offsets;
    private final int[] sources;
    private final boolean[] filled;
    private final float[] confidence;
    private final float gradientScale;

    private OnionPeelFill(PyramidLevel level, PatchMatcher field, Offsets offsets) {
        this.level = level;
        this.field = field;
        this.offsets = offsets;
        this.features = field.features;
        this.featureCount = field.featureCount;
        this.radius = field.radius;
        this.sources = new int[level.pixels()];
        this.filled = new boolean[level.pixels()];
        this.confidence = new float[level.pixels()];
        for (int i = 0; i < filled.length; i++) {
            filled[i] = level.hole[i] == 0;
            confidence[i] = filled[i] ? 1f : 0f;
            sources[i] = -1;
        }
        this.gradientScale = largestKnownGradient();
    }

    /**
     * Writes the fill into the hole pixels of the level's bands and of the field's features, copying from the
     * field's source patches; the offsets are tried as candidates too.
     */
    static void fill(PyramidLevel level, PatchMatcher field, Offsets offsets, long seed, CancellationToken cancel) {
        new OnionPeelFill(level, field, offsets).run(field.validSources(), seed, cancel);
    }

    private void run(int[] validSources, long seed, CancellationToken cancel) {
        int w = level.width;
        int h = level.height;
        SplittableRandom random = new SplittableRandom(seed);
        FloatMinHeap front = new FloatMinHeap(256);
        for (int i = 0; i < filled.length; i++) {
            if (!filled[i] && touchesFilled(i % w, i / w)) {
                front.push(-priority(i), i);
            }
        }
        int done = 0;
        while (!front.isEmpty()) {
            if ((++done & 255) == 0) {
                cancel.throwIfCancelled();
            }
            int p = front.popValue();
            if (filled[p]) {
                continue; // an outdated entry of a pixel filled since
            }
            float c = patchConfidence(p);
            int source = bestSource(p, validSources, random);
            for (float[] band : level.bands) {
                band[p] = band[source];
            }
            System.arraycopy(features, source * featureCount, features, p * featureCount, featureCount);
            sources[p] = source;
            filled[p] = true;
            confidence[p] = c;
            // the front moved: neighbours join it, and the priorities around p changed
            int px = p % w;
            int py = p / w;
            for (int y = Math.max(0, py - radius); y <= Math.min(h - 1, py + radius); y++) {
                for (int x = Math.max(0, px - radius); x <= Math.min(w - 1, px + radius); x++) {
                    int q = y * w + x;
                    if (!filled[q] && touchesFilled(x, y)) {
                        front.push(-priority(q), q);
                    }
                }
            }
        }
    }

    private float priority(int p) {
        return patchConfidence(p) * (DATA_FLOOR + dataTerm(p));
    }

    private float patchConfidence(int p) {
        int w = level.width;
        int px = p % w;
        int py = p / w;
        float sum = 0;
        int count = 0;
        for (int y = Math.max(0, py - radius); y <= Math.min(level.height - 1, py + radius); y++) {
            for (int x = Math.max(0, px - radius); x <= Math.min(w - 1, px + radius); x++) {
                sum += confidence[y * w + x];
                count++;
            }
        }
        return sum / count;
    }

    /**
     * |isophote . normal|: the strongest lightness gradient among the filled pixels next to p, turned along its edge,
     * against the normal of the front, scaled so that the strongest gradient of the level gives 1.
     */
    private float dataTerm(int p) {
        int w = level.width;
        int px = p % w;
        int py = p / w;
        float nx = 0;
        float ny = 0;
        float bestGx = 0;
        float bestGy = 0;
        float best = 0;
        for (int y = Math.max(1, py - 1); y <= Math.min(level.height - 2, py + 1); y++) {
            for (int x = Math.max(1, px - 1); x <= Math.min(w - 2, px + 1); x++) {
                int q = y * w + x;
                if (filled[q]) {
                    nx += x - px;
                    ny += y - py;
                }
                if (filled[q] && filled[q - 1] && filled[q + 1] && filled[q - w] && filled[q + w]) {
                    float gx = (lightness(q + 1) - lightness(q - 1)) * 0.5f;
                    float gy = (lightness(q + w) - lightness(q - w)) * 0.5f;
                    float g = gx * gx + gy * gy;
                    if (g > best) {
                        best = g;
                        bestGx = gx;
                        bestGy = gy;
                    }
                }
            }
        }
        float norm = (float) Math.hypot(nx, ny);
        if (best == 0 || norm == 0 || gradientScale == 0) {
            return 0;
        }
        // the isophote (-gy, gx) against the normal (nx, ny) / norm
        return Math.min(1f, Math.abs(-bestGy * nx + bestGx * ny) / norm / gradientScale);
    }

    private float lightness(int i) {
        return features[i * featureCount];
    }

    private float largestKnownGradient() {
        int w = level.width;
        float max = 0;
        for (int y = 1; y < level.height - 1; y++) {
            for (int x = 1; x < w - 1; x++) {
                int q = y * w + x;
                if (filled[q] && filled[q - 1] && filled[q + 1] && filled[q - w] && filled[q + w]) {
                    float gx = (lightness(q + 1) - lightness(q - 1)) * 0.5f;
                    float gy = (lightness(q + w) - lightness(q - w)) * 0.5f;
                    max = Math.max(max, gx * gx + gy * gy);
                }
            }
        }
        return (float) Math.sqrt(max);
    }

    private boolean touchesFilled(int px, int py) {
        for (int y = Math.max(0, py - 1); y <= Math.min(level.height - 1, py + 1); y++) {
            for (int x = Math.max(0, px - 1); x <= Math.min(level.width - 1, px + 1); x++) {
                if (filled[y * level.width + x]) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Candidates: shifts of the neighbours' sources (coherence), the dominant offsets, random sources, then a
     * shrinking local search.
     */
    private int bestSource(int p, int[] validSources, SplittableRandom random) {
        int w = level.width;
        int px = p % w;
        int py = p / w;
        int best = validSources[random.nextInt(validSources.length)];
        float bestD = distance(p, best, Float.MAX_VALUE);
        for (int y = Math.max(0, py - 1); y <= Math.min(level.height - 1, py + 1); y++) {
            for (int x = Math.max(0, px - 1); x <= Math.min(w - 1, px + 1); x++) {
                int n = y * w + x;
                if (sources[n] < 0) {
                    continue;
                }
                int sx = sources[n] % w + px - x;
                int sy = sources[n] / w + py - y;
                int candidate = sy * w + sx;
                if (isSource(sx, sy) && candidate != best) {
                    float d = distance(p, candidate, bestD);
                    if (d < bestD) {
                        bestD = d;
                        best = candidate;
                    }
                }
            }
        }
        for (int k = 0; k < offsets.size(); k++) {
            int sx = px + offsets.dx(k);
            int sy = py + offsets.dy(k);
            if (isSource(sx, sy)) {
                int candidate = sy * w + sx;
                float d = distance(p, candidate, bestD);
                if (d < bestD) {
                    bestD = d;
                    best = candidate;
                }
            }
        }
        for (int k = 0; k < RANDOM_CANDIDATES; k++) {
            int candidate = validSources[random.nextInt(validSources.length)];
            float d = distance(p, candidate, bestD);
            if (d < bestD) {
                bestD = d;
                best = candidate;
            }
        }
        for (int r = Math.max(w, level.height) / 4; r >= 1; r >>= 1) {
            int sx = best % w + random.nextInt(2 * r + 1) - r;
            int sy = best / w + random.nextInt(2 * r + 1) - r;
            if (isSource(sx, sy)) {
                int candidate = sy * w + sx;
                float d = distance(p, candidate, bestD);
                if (d < bestD) {
                    bestD = d;
                    best = candidate;
                }
            }
        }
        return best;
    }

    private boolean isSource(int x, int y) {
        return x >= 0 && y >= 0 && x < level.width && y < level.height && field.isValidSource(y * level.width + x);
    }

    /** SSD over the pixels around p that are already known or filled; s must be a source (fully inside). */
    private float distance(int p, int s, float limit) {
        float penalty = field.penalty(p, s);
        return knownDistance(p, s, limit - penalty) + penalty;
    }

    private float knownDistance(int p, int s, float limit) {
        int w = level.width;
        int px = p % w;
        int py = p / w;
        float sum = 0;
        for (int dy = -radius; dy <= radius; dy++) {
            int y = py + dy;
            if (y < 0 || y >= level.height) {
                continue;
            }
            for (int dx = -radius; dx <= radius; dx++) {
                int x = px + dx;
                if (x < 0 || x >= w || !filled[y * w + x]) {
                    continue;
                }
                int a = (y * w + x) * featureCount;
                int b = (s + dy * w + dx) * featureCount;
                for (int c = 0; c < featureCount; c++) {
                    float d = features[a + c] - features[b + c];
                    sum += d * d;
                }
            }
            if (sum >= limit) {
                return sum;
            }
        }
        return sum;
    }
}
