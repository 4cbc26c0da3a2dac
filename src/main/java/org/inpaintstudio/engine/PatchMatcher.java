package org.inpaintstudio.engine;

import java.util.SplittableRandom;
import org.inpaintstudio.work.CancellationToken;
import org.inpaintstudio.work.InpaintCancelledException;

/**
 * The nearest-neighbour field of one pyramid level, found by PatchMatch (Barnes et al. 2009): for every target
 * patch (one that overlaps the hole) the centre of a similar source patch (one inside the crop that touches no
 * excluded pixel: not the hole, its halo, nor what the caller ruled out).
 * Rows are cut into a fixed number of bands searched in parallel; propagation stays inside a band and each band
 * has its own random stream, so the field depends on the seed only, never on thread scheduling.
 */
final class PatchMatcher {
    private static final int MAX_BANDS = 16;
    private static final int MIN_BAND_ROWS = 8;
    private static final int NONE = -1;

    final int width;
    final int height;
    final int radius;
    final int featureCount;
    final float[] features;
    final int[] nnf;
    final float[] distance;
    /** Scratch space for the votes' patch weights, kept with the field so each vote does not allocate it anew. */
    final float[] voteWeights;

    private final boolean[] valid;
    private final int[] validList;
    private final int firstRow;
    private final int lastRow;
    private final WorkerPool pool;
    private final CancellationToken cancel;
    private Offsets offsets = Offsets.NONE;
    /** Cost added per squared pixel of distance between a target and its source (0 = none). */
    private float locality;

    PatchMatcher(
            PyramidLevel level,
            float[] features,
            int featureCount,
            int radius,
            WorkerPool pool,
            CancellationToken cancel) {
        this.width = level.width;
        this.height = level.height;
        this.radius = radius;
        this.featureCount = featureCount;
        this.features = features;
        this.pool = pool;
        this.cancel = cancel;
        int[] holeCount = windowSums(level.hole, width, height, radius);
        int[] excludedCount = windowSums(level.excluded, width, height, radius);
        cancel.throwIfCancelled();
        this.nnf = new int[width * height];
        this.distance = new float[width * height];
        this.voteWeights = new float[width * height];
        this.valid = new boolean[width * height];
        int validCount = 0;
        int first = Integer.MAX_VALUE;
        int last = -1;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int i = y * width + x;
                nnf[i] = NONE;
                boolean interior = x >= radius && x < width - radius && y >= radius && y < height - radius;
                if (!interior) {
                    continue;
                }
                if (holeCount[i] != 0) {
                    nnf[i] = i;
                    first = Math.min(first, y);
                    last = Math.max(last, y);
                } else if (excludedCount[i] == 0) {
                    valid[i] = true;
                    validCount++;
                }
            }
        }
        this.firstRow = first;
        this.lastRow = last;
        this.validList = new int[validCount];
        for (int i = 0, n = 0; i < valid.length; i++) {
            if (valid[i]) {
                validList[n++] = i;
            }
        }
    }

    /** True when at least one source patch exists, so the field can be built. */
    boolean hasSources() {
        return validList.length > 0;
    }

    int sourceCount() {
        return validList.length;
    }

    boolean isValidSource(int i) {
        return valid[i];
    }

    /** The centres of all source patches; not to be modified. */
    int[] validSources() {
        return validList;
    }

    boolean isTarget(int i) {
        return nnf[i] != NONE;
    }

    /** Every target gets a random source. */
    void initialiseRandomly(long seed) {
        forEachBand(seed, (rows, random) -> {
            for (int y = rows[0]; y < rows[1]; y++) {
                for (int i = y * width + radius; i < y * width + width - radius; i++) {
                    if (nnf[i] != NONE) {
                        nnf[i] = validList[random.nextInt(validList.length)];
                    }
                }
            }
        });
    }

    /** Every target takes the source of its parent in the coarser field, scaled up; invalid ones get a random one. */
    void initialiseFrom(PatchMatcher coarse, long seed) {
        forEachBand(seed, (rows, random) -> {
            for (int y = rows[0]; y < rows[1]; y++) {
                int cy = Math.min(y / 2, coarse.height - 1);
                for (int x = radius; x < width - radius; x++) {
                    int i = y * width + x;
                    if (nnf[i] == NONE) {
                        continue;
                    }
                    int cx = Math.min(x / 2, coarse.width - 1);
                    int parent = coarse.nnf[cy * coarse.width + cx];
                    int candidate = NONE;
                    if (parent != NONE) {
                        int sx = clamp(2 * (parent % coarse.width) + x - 2 * cx, radius, width - 1 - radius);
                        int sy = clamp(2 * (parent / coarse.width) + y - 2 * cy, radius, height - 1 - radius);
                        candidate = sy * width + sx;
                    }
                    nnf[i] = candidate != NONE && valid[candidate]
                            ? candidate
                            : validList[random.nextInt(validList.length)];
                }
            }
        });
    }

    /**
     * The crop's dominant offsets at this level's scale (He and Sun 2012): each target also tries the source that
     * lies one such offset away, so a repetitive scene is continued through the hole wherever that fits better.
     */
    void useOffsets(Offsets offsets) {
        this.offsets = offsets;
    }

    /**
     * Prefers near sources: each comparison adds {@code weight} x the patch's pixel count x (distance from target to
     * source / the level's longer side)^2, so across the whole level it costs as much as a feature difference of
     * sqrt(weight) at every pixel. Between two sources that match about equally, the one nearer the hole wins: it
     * is more likely to lie on the same surface, under the same light.
     */
    void useLocality(double weight) {
        int patchPixels = (2 * radius + 1) * (2 * radius + 1);
        double side = Math.max(width, height);
        this.locality = (float) (weight * patchPixels / (side * side));
    }

    /**
     * One PatchMatch sweep: propagation from the neighbours already visited, the dominant offsets (first sweep of a
     * level only, which is enough for propagation to spread them), then random search.
     */
    void search(int iteration, long seed) {
        Offsets tried = iteration == 0 ? offsets : Offsets.NONE;
        boolean forward = (iteration & 1) == 0;
        int patchPixels = (2 * radius + 1) * (2 * radius + 1);
        int maxRadius = Math.max(width, height);
        forEachBand(seed, (rows, random) -> {
            int step = forward ? 1 : -1;
            int yStart = forward ? rows[0] : rows[1] - 1;
            for (int y = yStart; y >= rows[0] && y < rows[1]; y += step) {
                if (cancel.isCancelled()) {
                    throw new InpaintCancelledException();
                }
                int xStart = forward ? radius : width - 1 - radius;
                for (int x = xStart; x >= radius && x < width - radius; x += step) {
                    int i = y * width + x;
                    if (nnf[i] == NONE) {
                        continue;
                    }
                    int best = nnf[i];
                    float bestD = cost(i, best, Float.MAX_VALUE);
                    int sideways = i - step;
                    if (nnf[sideways] != NONE) {
                        int candidate = nnf[sideways] + step;
                        if (candidate >= 0 && candidate < valid.length && valid[candidate] && candidate != best) {
                            float d = cost(i, candidate, bestD);
                            if (d < bestD) {
                                bestD = d;
                                best = candidate;
                            }
                        }
                    }
                    int ny = y - step;
                    if (ny >= rows[0] && ny < rows[1] && nnf[i - step * width] != NONE) {
                        int candidate = nnf[i - step * width] + step * width;
                        if (candidate >= 0 && candidate < valid.length && valid[candidate] && candidate != best) {
                            float d = cost(i, candidate, bestD);
                            if (d < bestD) {
                                bestD = d;
                                best = candidate;
                            }
                        }
                    }
                    for (int k = 0; k < tried.size(); k++) {
                        int sx = x + tried.dx(k);
                        int sy = y + tried.dy(k);
                        int candidate = sy * width + sx;
                        if (sx >= radius
                                && sx < width - radius
                                && sy >= radius
                                && sy < height - radius
                                && valid[candidate]
                                && candidate != best) {
                            float d = cost(i, candidate, bestD);
                            if (d < bestD) {
                                bestD = d;
                                best = candidate;
                            }
                        }
                    }
                    int cx = best % width;
                    int cy = best / width;
                    for (int r = maxRadius; r >= 1; r >>= 1) {
                        int sx = clamp(cx + random.nextInt(2 * r + 1) - r, radius, width - 1 - radius);
                        int sy = clamp(cy + random.nextInt(2 * r + 1) - r, radius, height - 1 - radius);
                        int candidate = sy * width + sx;
                        if (valid[candidate] && candidate != best) {
                            float d = cost(i, candidate, bestD);
                            if (d < bestD) {
                                bestD = d;
                                best = candidate;
                            }
                        }
                    }
                    nnf[i] = best;
                    distance[i] = bestD / patchPixels;
                }
            }
        });
    }

    /** Patch distance plus the locality penalty; stops early once it reaches {@code limit}. */
    float cost(int target, int source, float limit) {
        if (locality == 0) {
            return PatchDistance.ssd(features, featureCount, width, radius, target, source, limit);
        }
        float penalty = penalty(target, source);
        return PatchDistance.ssd(features, featureCount, width, radius, target, source, limit - penalty) + penalty;
    }

    float penalty(int target, int source) {
        int dx = target % width - source % width;
        int dy = target / width - source / width;
        return locality * (dx * dx + dy * dy);
    }

    private interface BandBody {
        void run(int[] rows, SplittableRandom random);
    }

    private void forEachBand(long seed, BandBody body) {
        if (lastRow < firstRow) {
            return;
        }
        int rows = lastRow - firstRow + 1;
        int bands = Math.max(1, Math.min(MAX_BANDS, rows / MIN_BAND_ROWS));
        pool.forEach(bands, band -> {
            int start = firstRow + (int) ((long) rows * band / bands);
            int end = firstRow + (int) ((long) rows * (band + 1) / bands);
            body.run(new int[] {start, end}, new SplittableRandom(seed * 0x9E3779B97F4A7C15L + band));
        });
    }

    private static int clamp(int v, int lo, int hi) {
        return v < lo ? lo : Math.min(v, hi);
    }

    /** For each pixel, how many non-zero entries lie in the (2r+1)^2 window around it (clipped at the border). */
    static int[] windowSums(byte[] values, int w, int h, int r) {
        int[] rowSums = new int[w * h];
        for (int y = 0; y < h; y++) {
            int sum = 0;
            for (int x = -r; x < w; x++) {
                if (x + r < w && values[y * w + x + r] != 0) {
                    sum++;
                }
                if (x - r - 1 >= 0 && values[y * w + x - r - 1] != 0) {
                    sum--;
                }
                if (x >= 0) {
                    rowSums[y * w + x] = sum;
                }
            }
        }
        int[] out = new int[w * h];
        for (int x = 0; x < w; x++) {
            int sum = 0;
            for (int y = -r; y < h; y++) {
                if (y + r < h) {
                    sum += rowSums[(y + r) * w + x];
                }
                if (y - r - 1 >= 0) {
                    sum -= rowSums[(y - r - 1) * w + x];
                }
                if (y >= 0) {
                    out[y * w + x] = sum;
                }
            }
        }
        return out;
    }
}
