package org.inpaintstudio.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.inpaintstudio.work.CancellationToken;

/**
 * The dominant offsets of He and Sun (2012, "Statistics of patch offsets for image completion"): match every known
 * patch (on a grid) to its most similar known patch at least a short distance away, and keep the peaks of the
 * histogram of those offsets. In a man-made scene (bricks, windows, tiles, a fence) a few offsets dominate, and
 * copying along them continues the repetition; in a natural scene the peaks are weak and, as mere extra
 * candidates of the patch search, cost a little time but change little.
 */
final class DominantOffsets {
    private static final int MAX_SAMPLES = 12_000;
    private static final int SWEEPS = 3;
    /** He and Sun's threshold: offsets shorter than 1/15 of the image's longer side are left out as trivial. */
    private static final double MIN_SHIFT_SHARE = 1.0 / 15;

    private DominantOffsets() {}

    /** Up to {@code count} offsets, strongest first, between source patches of this level. */
    static Offsets find(PatchMatcher field, int count, long seed, CancellationToken cancel) {
        int w = field.width;
        int h = field.height;
        int[] sources = field.validSources();
        if (count == 0 || sources.length < 2) {
            return Offsets.NONE;
        }
        int grid = Math.max(1, (int) Math.ceil(Math.sqrt((double) sources.length / MAX_SAMPLES)));
        int gw = (w + grid - 1) / grid;
        int gh = (h + grid - 1) / grid;
        int[] match = new int[gw * gh];
        float[] cost = new float[gw * gh];
        java.util.Arrays.fill(match, -1);
        double minShift = Math.max(2, MIN_SHIFT_SHARE * Math.max(w, h));
        double minShift2 = minShift * minShift;
        SplittableRandom random = new SplittableRandom(seed);
        for (int gy = 0; gy < gh; gy++) {
            for (int gx = 0; gx < gw; gx++) {
                int p = gy * grid * w + gx * grid;
                if (field.isValidSource(p)) {
                    int g = gy * gw + gx;
                    for (int attempt = 0; attempt < 8 && match[g] < 0; attempt++) {
                        int s = sources[random.nextInt(sources.length)];
                        if (farEnough(p, s, w, minShift2)) {
                            match[g] = s;
                            cost[g] = distance(field, p, s, Float.MAX_VALUE);
                        }
                    }
                }
            }
        }
        for (int sweep = 0; sweep < SWEEPS; sweep++) {
            cancel.throwIfCancelled();
            boolean forward = (sweep & 1) == 0;
            int step = forward ? 1 : -1;
            for (int gy = forward ? 0 : gh - 1; gy >= 0 && gy < gh; gy += step) {
                for (int gx = forward ? 0 : gw - 1; gx >= 0 && gx < gw; gx += step) {
                    int g = gy * gw + gx;
                    if (match[g] < 0) {
                        continue;
                    }
                    int p = gy * grid * w + gx * grid;
                    int px = p % w;
                    int py = p / w;
                    int best = match[g];
                    float bestD = cost[g];
                    int[] neighbours = {
                        gx - step >= 0 && gx - step < gw ? g - step : -1,
                        gy - step >= 0 && gy - step < gh ? g - step * gw : -1
                    };
                    for (int n : neighbours) {
                        if (n < 0 || match[n] < 0) {
                            continue;
                        }
                        int np = (n / gw) * grid * w + (n % gw) * grid;
                        int candidate = match[n] + (p - np);
                        int cx = match[n] % w + px - np % w;
                        if (cx >= 0
                                && cx < w
                                && candidate >= 0
                                && candidate < w * h
                                && field.isValidSource(candidate)
                                && farEnough(p, candidate, w, minShift2)) {
                            float d = distance(field, p, candidate, bestD);
                            if (d < bestD) {
                                bestD = d;
                                best = candidate;
                            }
                        }
                    }
                    for (int r = Math.max(w, h); r >= 1; r >>= 1) {
                        int sx = best % w + random.nextInt(2 * r + 1) - r;
                        int sy = best / w + random.nextInt(2 * r + 1) - r;
                        if (sx < 0 || sy < 0 || sx >= w || sy >= h) {
                            continue;
                        }
                        int candidate = sy * w + sx;
                        if (field.isValidSource(candidate) && farEnough(p, candidate, w, minShift2)) {
                            float d = distance(field, p, candidate, bestD);
                            if (d < bestD) {
                                bestD = d;
                                best = candidate;
                            }
                        }
                    }
                    match[g] = best;
                    cost[g] = bestD;
                }
            }
        }
        return peaks(match, gw, grid, w, h, count, cancel);
    }

    private static boolean farEnough(int p, int s, int w, double minShift2) {
        double dx = s % w - p % w;
        double dy = s / w - p / w;
        return dx * dx + dy * dy >= minShift2;
    }

    private static float distance(PatchMatcher field, int a, int b, float limit) {
        return PatchDistance.ssd(field.features, field.featureCount, field.width, field.radius, a, b, limit);
    }

    /** The local maxima of the offset histogram, smoothed by a Gaussian (sigma sqrt 2, as He and Sun), strongest first. */
    private static Offsets peaks(int[] match, int gw, int grid, int w, int h, int count, CancellationToken cancel) {
        int hw = 2 * w + 1;
        int hh = 2 * h + 1;
        float[] histogram = new float[hw * hh];
        for (int g = 0; g < match.length; g++) {
            if (match[g] >= 0) {
                int p = (g / gw) * grid * w + (g % gw) * grid;
                int dx = match[g] % w - p % w;
                int dy = match[g] / w - p / w;
                histogram[(dy + h) * hw + dx + w]++;
            }
        }
        float[] smooth = GaussianBlur.blur(histogram, hw, hh, Math.sqrt(2), cancel);
        List<int[]> found = new ArrayList<>();
        for (int y = 1; y < hh - 1; y++) {
            for (int x = 1; x < hw - 1; x++) {
                float v = smooth[y * hw + x];
                if (v > 0 && histogram[y * hw + x] > 0 && isLocalMaximum(smooth, hw, x, y)) {
                    found.add(new int[] {x - w, y - h, Float.floatToIntBits(v)});
                }
            }
        }
        found.sort((a, b) -> Float.compare(Float.intBitsToFloat(b[2]), Float.intBitsToFloat(a[2])));
        int n = Math.min(count, found.size());
        int[] xs = new int[n];
        int[] ys = new int[n];
        for (int k = 0; k < n; k++) {
            xs[k] = found.get(k)[0];
            ys[k] = found.get(k)[1];
        }
        return new Offsets(xs, ys);
    }

    private static boolean isLocalMaximum(float[] values, int w, int x, int y) {
        float v = values[y * w + x];
        for (int dy = -1; dy <= 1; dy++) {
            for (int dx = -1; dx <= 1; dx++) {
                float u = values[(y + dy) * w + x + dx];
                // ties go to the first in scan order, so a flat top yields one peak
                if (u > v || (u == v && (dy < 0 || (dy == 0 && dx < 0)))) {
                    return false;
                }
            }
        }
        return true;
    }
}
