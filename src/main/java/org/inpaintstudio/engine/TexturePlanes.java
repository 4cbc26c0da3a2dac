package org.inpaintstudio.engine;

import org.inpaintstudio.work.CancellationToken;

/**
 * Texture features (Newson et al. 2014): the local mean of the absolute horizontal and vertical luma derivatives.
 * Compared along with colour, they stop the patch search from preferring flat sources for a hole whose estimate is
 * still smooth. They are computed once on the finest level from the known pixels and then travel with the
 * colours: down the pyramid by averaging and into the hole by the same votes.
 */
final class TexturePlanes {
    static final int COUNT = 2;
    private static final int WINDOW_RADIUS = 2;

    private TexturePlanes() {}

    /** Two planes, |d/dx| and |d/dy| of luma averaged over a 5 x 5 window of known pixels; hole pixels get the mean. */
    static float[][] of(float[][] bands, int colourBands, byte[] hole, int w, int h, CancellationToken cancel) {
        float[] luma = new float[w * h];
        for (int i = 0; i < luma.length; i++) {
            luma[i] =
                    colourBands >= 3 ? 0.299f * bands[0][i] + 0.587f * bands[1][i] + 0.114f * bands[2][i] : bands[0][i];
        }
        float[] dx = new float[w * h];
        float[] dy = new float[w * h];
        byte[] unknown = new byte[w * h];
        cancel.throwIfCancelled();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int i = y * w + x;
                boolean horizontal = x > 0 && x < w - 1 && hole[i - 1] == 0 && hole[i + 1] == 0;
                boolean vertical = y > 0 && y < h - 1 && hole[i - w] == 0 && hole[i + w] == 0;
                if (hole[i] != 0 || !horizontal || !vertical) {
                    unknown[i] = 1;
                    continue;
                }
                dx[i] = Math.abs(luma[i + 1] - luma[i - 1]) * 0.5f;
                dy[i] = Math.abs(luma[i + w] - luma[i - w]) * 0.5f;
            }
        }
        cancel.throwIfCancelled();
        float[] meanDx = boxMean(dx, unknown, hole, w, h);
        cancel.throwIfCancelled();
        return new float[][] {meanDx, boxMean(dy, unknown, hole, w, h)};
    }

    /** Mean over the window of the known entries; where none is known, the mean of all known entries. */
    private static float[] boxMean(float[] values, byte[] unknown, byte[] hole, int w, int h) {
        int[] counts = PatchMatcher.windowSums(unknown, w, h, WINDOW_RADIUS);
        float[] sums = windowSums(values, w, h);
        double total = 0;
        long known = 0;
        for (int i = 0; i < values.length; i++) {
            if (unknown[i] == 0) {
                total += values[i];
                known++;
            }
        }
        float fallback = known == 0 ? 0f : (float) (total / known);
        float[] out = new float[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int i = y * w + x;
                int window = (Math.min(w - 1, x + WINDOW_RADIUS) - Math.max(0, x - WINDOW_RADIUS) + 1)
                        * (Math.min(h - 1, y + WINDOW_RADIUS) - Math.max(0, y - WINDOW_RADIUS) + 1);
                int knownHere = window - counts[i];
                out[i] = hole[i] != 0 || knownHere == 0 ? fallback : sums[i] / knownHere;
            }
        }
        return out;
    }

    private static float[] windowSums(float[] values, int w, int h) {
        int r = WINDOW_RADIUS;
        float[] rows = new float[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                float s = 0;
                for (int k = Math.max(0, x - r); k <= Math.min(w - 1, x + r); k++) {
                    s += values[y * w + k];
                }
                rows[y * w + x] = s;
            }
        }
        float[] out = new float[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                float s = 0;
                for (int k = Math.max(0, y - r); k <= Math.min(h - 1, y + r); k++) {
                    s += rows[k * w + x];
                }
                out[y * w + x] = s;
            }
        }
        return out;
    }
}
