package org.inpaintstudio.engine;

/**
 * Joins the two fills of a hole: low frequencies from the smooth structure fill (accurate on average) and detail
 * from the patch fill (sharp). The result is {@code patch + G * (smooth - patch)}: the difference of the fills is
 * zero outside the hole, so the correction fades into the border without a seam.
 */
final class StructureTextureBlend {
    private StructureTextureBlend() {
    }

    /** Writes the blend into the hole pixels of {@code out}. */
    static void blend(float[][] smooth, float[][] patch, byte[] hole, int w, int h, double sigma, float[][] out) {
        PixelBox box = holeBox(hole, w, h);
        if (box == null) {
            return;
        }
        int margin = (int) Math.ceil(3 * sigma) + 1;
        PixelBox region = box.grow(margin, w, h);
        int rw = region.width();
        int rh = region.height();
        for (int b = 0; b < out.length; b++) {
            float[] difference = new float[rw * rh];
            for (int y = 0; y < rh; y++) {
                for (int x = 0; x < rw; x++) {
                    int i = (region.y0() + y) * w + region.x0() + x;
                    if (hole[i] != 0) {
                        difference[y * rw + x] = smooth[b][i] - patch[b][i];
                    }
                }
            }
            float[] low = sigma > 0 ? GaussianBlur.blur(difference, rw, rh, sigma) : difference;
            for (int y = 0; y < rh; y++) {
                for (int x = 0; x < rw; x++) {
                    int i = (region.y0() + y) * w + region.x0() + x;
                    if (hole[i] != 0) {
                        out[b][i] = Math.max(0f, Math.min(ImageBands.FULL_SCALE, patch[b][i] + low[y * rw + x]));
                    }
                }
            }
        }
    }

    static PixelBox holeBox(byte[] hole, int w, int h) {
        int x0 = w;
        int y0 = h;
        int x1 = -1;
        int y1 = -1;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                if (hole[y * w + x] != 0) {
                    x0 = Math.min(x0, x);
                    x1 = Math.max(x1, x);
                    y0 = Math.min(y0, y);
                    y1 = Math.max(y1, y);
                }
            }
        }
        return x1 < 0 ? null : new PixelBox(x0, y0, x1 + 1, y1 + 1);
    }
}
