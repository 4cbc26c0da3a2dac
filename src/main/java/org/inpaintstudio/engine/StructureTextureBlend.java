package org.inpaintstudio.engine;

/**
 * Joins the two fills of a hole: low frequencies from the smooth structure fill (accurate on average) and detail
 * from the patch fill (sharp). The result is {@code patch + low(smooth - patch)}, where {@code low} is a Gaussian
 * blur normalised over the hole's pixels only, so the correction does not fade toward the border (which would draw
 * a ring of the patch fill's own low frequencies there); the smooth fill meets the border, and so does the result.
 * An optional gain scales the patch fill's detail ({@code patch - G * patch}).
 */
final class StructureTextureBlend {
    private StructureTextureBlend() {
    }

    /** Writes the blend into the hole pixels of {@code out}. */
    static void blend(float[][] smooth, float[][] patch, byte[] hole, int w, int h, double sigma, double detailGain,
                      float[][] out, CancellationToken cancel) {
        PixelBox box = holeBox(hole, w, h);
        if (box == null) {
            return;
        }
        int margin = (int) Math.ceil(3 * sigma) + 1;
        PixelBox region = box.grow(margin, w, h);
        int rw = region.width();
        int rh = region.height();
        float[] inside = new float[rw * rh];
        for (int y = 0; y < rh; y++) {
            for (int x = 0; x < rw; x++) {
                inside[y * rw + x] = hole[(region.y0() + y) * w + region.x0() + x] != 0 ? 1f : 0f;
            }
        }
        float[] weight = sigma > 0 ? GaussianBlur.blur(inside, rw, rh, sigma, cancel) : inside;
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
            float[] low = sigma > 0 ? GaussianBlur.blur(difference, rw, rh, sigma, cancel) : difference;
            float[] patchLow = detailGain != 1 && sigma > 0
                ? GaussianBlur.blur(crop(patch[b], w, region), rw, rh, sigma, cancel) : null;
            for (int y = 0; y < rh; y++) {
                for (int x = 0; x < rw; x++) {
                    int i = (region.y0() + y) * w + region.x0() + x;
                    if (hole[i] != 0) {
                        float correction = low[y * rw + x] / Math.max(1e-6f, weight[y * rw + x]);
                        if (patchLow != null) {
                            correction += (float) ((detailGain - 1) * (patch[b][i] - patchLow[y * rw + x]));
                        }
                        out[b][i] = Math.max(0f, Math.min(ImageBands.FULL_SCALE, patch[b][i] + correction));
                    }
                }
            }
        }
    }

    private static float[] crop(float[] plane, int w, PixelBox region) {
        float[] out = new float[region.width() * region.height()];
        for (int y = 0; y < region.height(); y++) {
            System.arraycopy(plane, (region.y0() + y) * w + region.x0(), out, y * region.width(), region.width());
        }
        return out;
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
