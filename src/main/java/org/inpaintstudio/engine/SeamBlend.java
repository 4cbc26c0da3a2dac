package org.inpaintstudio.engine;

import org.inpaintstudio.image.DistanceTransform;
import org.inpaintstudio.work.CancellationToken;

/**
 * Gradient-domain (Poisson) blending of the finished patch fill into the photo around it (Perez et al. 2003): the
 * fill keeps its own gradients, and a harmonic correction makes it meet its surroundings. The correction's border
 * values are the photo minus what the fill's best-matching patch proposes there, so a source a shade lighter or
 * darker than the surroundings no longer shows as an edge, while the texture inside stays untouched (a harmonic field
 * has no detail of its own).
 *
 * <p>The border is the known pixels right beside the hole, unless they form a rim: an object's outline, halo or
 * shadow left around a snug mask, which differs from the photo just outside it far more than it varies along
 * itself. Matching that would tint the whole fill with the rim's colour, so the border then moves out past the
 * halo. Pixels the caller ruled out as sources give no border values either: the fill blends into the part of the
 * photo it was asked to look like.
 */
final class SeamBlend {
    /** How much more a rim must differ across than along itself; textured borders stay well under it. */
    private static final double RIM_CONTRAST = 4;

    private SeamBlend() {}

    /** @param forbidden the pixels the caller ruled out as sources (1), or null */
    static void apply(
            PyramidLevel level,
            PatchMatcher field,
            int bandCount,
            int haloRadius,
            byte[] forbidden,
            CancellationToken cancel) {
        float[] toHole = squaredDistanceToHole(level.hole, level.width, level.height, cancel);
        int skip = haloRadius > 0 && isRim(level, toHole, haloRadius) ? haloRadius : 0;
        float[][] c = correction(level, field, bandCount, toHole, skip, forbidden, cancel);
        if (c == null) {
            return;
        }
        for (int b = 0; b < bandCount; b++) {
            float[] band = level.bands[b];
            for (int i = 0; i < band.length; i++) {
                if (level.hole[i] != 0) {
                    band[i] += c[b][i];
                }
            }
        }
    }

    /**
     * True when the pixels beside the hole differ from those just past the halo (across) four times as much or more
     * as from each other (along): for every border pixel, the closest value among its neighbours of each kind.
     */
    static boolean isRim(PyramidLevel level, float[] toHole, int haloRadius) {
        int w = level.width;
        int h = level.height;
        float[] first = level.bands[0];
        float outer = (float) (haloRadius + 1) * (haloRadius + 1);
        float inner = (float) haloRadius * haloRadius;
        int reach = haloRadius + 1;
        double along = 0;
        double across = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int q = y * w + x;
                if (level.hole[q] != 0 || toHole[q] > 1) {
                    continue;
                }
                float nearestAlong = Float.MAX_VALUE;
                float nearestAcross = Float.MAX_VALUE;
                for (int yy = Math.max(0, y - reach); yy <= Math.min(h - 1, y + reach); yy++) {
                    for (int xx = Math.max(0, x - reach); xx <= Math.min(w - 1, x + reach); xx++) {
                        int p = yy * w + xx;
                        float d = toHole[p];
                        float diff = Math.abs(first[p] - first[q]);
                        if (p != q && level.hole[p] == 0 && d <= 1) {
                            nearestAlong = Math.min(nearestAlong, diff);
                        } else if (d > inner && d <= outer) {
                            nearestAcross = Math.min(nearestAcross, diff);
                        }
                    }
                }
                if (nearestAlong != Float.MAX_VALUE && nearestAcross != Float.MAX_VALUE) {
                    along += nearestAlong;
                    across += nearestAcross;
                }
            }
        }
        return across > RIM_CONTRAST * along + 1e-3 * (along + across + 1);
    }

    /**
     * The harmonic correction whose border is the known pixels between {@code skip} and {@code skip + 1} pixels from
     * the hole, or null when no such pixel has a proposal.
     */
    private static float[][] correction(
            PyramidLevel level,
            PatchMatcher field,
            int bandCount,
            float[] toHole,
            int skip,
            byte[] forbidden,
            CancellationToken cancel) {
        int w = level.width;
        int h = level.height;
        float inner = (float) skip * skip;
        float outer = (float) (skip + 1) * (skip + 1);
        byte[] unknown = new byte[w * h];
        float[][] values = new float[bandCount][w * h];
        boolean any = false;
        for (int y = 0; y < h; y++) {
            cancel.throwIfCancelled(y);
            for (int x = 0; x < w; x++) {
                int q = y * w + x;
                float d = toHole[q];
                boolean ruledOut = forbidden != null && forbidden[q] != 0;
                if (level.hole[q] != 0 || d <= inner || ruledOut) {
                    unknown[q] = 1;
                    continue;
                }
                if (d > outer) {
                    continue;
                }
                int s = PatchVoter.bestProposal(field, q, x, y, w, h);
                if (s < 0) {
                    continue;
                }
                for (int b = 0; b < bandCount; b++) {
                    values[b][q] = level.bands[b][q] - level.bands[b][s];
                }
                any = true;
            }
        }
        return any ? MembraneFill.fill(values, unknown, w, h, cancel) : null;
    }

    private static float[] squaredDistanceToHole(byte[] hole, int w, int h, CancellationToken cancel) {
        boolean[] known = new boolean[hole.length];
        for (int i = 0; i < known.length; i++) {
            known[i] = hole[i] == 0;
        }
        cancel.throwIfCancelled();
        return DistanceTransform.squaredDistanceToOutside(known, w, h);
    }
}
