package org.inpaintstudio.engine;

import org.inpaintstudio.work.CancellationToken;

/**
 * One level of the image pyramid of a crop: its bands, which pixels are hole, which may not be copied from (the
 * hole, its halo and whatever the caller ruled out), and the smooth fill (the guide) at this scale. A coarse pixel
 * is hole (or excluded) when any of its four fine pixels is, so coarse known pixels are truly known.
 */
final class PyramidLevel {
    final int width;
    final int height;
    final float[][] bands;
    final byte[] hole;
    final byte[] excluded;
    final float[][] guide;

    PyramidLevel(int width, int height, float[][] bands, byte[] hole, byte[] excluded, float[][] guide) {
        this.width = width;
        this.height = height;
        this.bands = bands;
        this.hole = hole;
        this.excluded = excluded;
        this.guide = guide;
    }

    /** The level half as wide and high. */
    PyramidLevel half(CancellationToken cancel) {
        int cw = (width + 1) / 2;
        int ch = (height + 1) / 2;
        int nb = bands.length;
        float[][] coarseBands = new float[nb][cw * ch];
        float[][] coarseGuide = new float[nb][cw * ch];
        byte[] coarseHole = new byte[cw * ch];
        byte[] coarseExcluded = new byte[cw * ch];
        for (int cy = 0; cy < ch; cy++) {
            cancel.throwIfCancelled(cy);
            for (int cx = 0; cx < cw; cx++) {
                int ci = cy * cw + cx;
                int n = 0;
                boolean anyHole = false;
                boolean anyExcluded = false;
                for (int y = 2 * cy; y < Math.min(height, 2 * cy + 2); y++) {
                    for (int x = 2 * cx; x < Math.min(width, 2 * cx + 2); x++) {
                        int i = y * width + x;
                        anyHole |= hole[i] != 0;
                        anyExcluded |= excluded[i] != 0;
                        n++;
                        for (int b = 0; b < nb; b++) {
                            coarseBands[b][ci] += bands[b][i];
                            coarseGuide[b][ci] += guide[b][i];
                        }
                    }
                }
                coarseHole[ci] = anyHole ? (byte) 1 : 0;
                coarseExcluded[ci] = anyExcluded ? (byte) 1 : 0;
                for (int b = 0; b < nb; b++) {
                    coarseGuide[b][ci] /= n;
                    coarseBands[b][ci] = anyHole ? coarseGuide[b][ci] : coarseBands[b][ci] / n;
                }
            }
        }
        return new PyramidLevel(cw, ch, coarseBands, coarseHole, coarseExcluded, coarseGuide);
    }

    int pixels() {
        return width * height;
    }
}
