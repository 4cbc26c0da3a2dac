package org.inpaintstudio.engine;

/**
 * Gradient-domain (Poisson) blending of the finished patch fill into the photo around it (Perez et al. 2003): the
 * fill keeps its own gradients, and a harmonic correction makes it meet the border. The correction's border values
 * are, on each known pixel next to the hole, the photo minus what the fill's best-matching patch proposes there, so
 * a source a shade lighter or darker than the surroundings no longer shows as an edge, while the texture inside
 * stays untouched (a harmonic field has no detail of its own).
 */
final class SeamBlend {
    private SeamBlend() {
    }

    static void apply(PyramidLevel level, PatchMatcher field, int bandCount, CancellationToken cancel) {
        int w = level.width;
        int h = level.height;
        byte[] hole = level.hole;
        float[][] correction = new float[bandCount][w * h];
        boolean any = false;
        for (int y = 0; y < h; y++) {
            cancel.throwIfCancelled(y);
            for (int x = 0; x < w; x++) {
                int q = y * w + x;
                if (hole[q] != 0 || !besideHole(hole, w, h, x, y)) {
                    continue;
                }
                int s = PatchVoter.bestProposal(field, q, x, y, w, h);
                if (s < 0) {
                    continue;
                }
                for (int b = 0; b < bandCount; b++) {
                    correction[b][q] = level.bands[b][q] - level.bands[b][s];
                }
                any = true;
            }
        }
        if (!any) {
            return;
        }
        float[][] harmonic = MembraneFill.fill(correction, hole, w, h, cancel);
        for (int b = 0; b < bandCount; b++) {
            float[] band = level.bands[b];
            float[] c = harmonic[b];
            for (int i = 0; i < band.length; i++) {
                if (hole[i] != 0) {
                    band[i] += c[i];
                }
            }
        }
    }

    private static boolean besideHole(byte[] hole, int w, int h, int x, int y) {
        int i = y * w + x;
        return (x > 0 && hole[i - 1] != 0) || (x < w - 1 && hole[i + 1] != 0)
            || (y > 0 && hole[i - w] != 0) || (y < h - 1 && hole[i + w] != 0);
    }
}
