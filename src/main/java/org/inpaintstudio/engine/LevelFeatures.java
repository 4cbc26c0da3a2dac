package org.inpaintstudio.engine;

import org.inpaintstudio.work.CancellationToken;

/**
 * The interleaved features of one pyramid level that patch distances compare: CIELAB (or L for gray) of the colour
 * bands, then the texture planes (the last {@link TexturePlanes#COUNT} bands of the level) times a weight. In the
 * hole the colour features are pulled toward the smooth guide's by {@code lambda}.
 */
final class LevelFeatures {
    private static final int CHECK_PIXELS = (1 << 16) - 1;
    final float[] values;
    final int count;
    private final PyramidLevel level;
    private final int colourBands;
    private final int colourFeatures;
    private final float textureWeight;
    private final double lambda;
    private final float[] guide;
    private final float[] lab;

    LevelFeatures(PyramidLevel level, int colourBands, float textureWeight, double lambda, CancellationToken cancel) {
        this.level = level;
        this.colourBands = colourBands;
        this.colourFeatures = LabFeatures.featureCount(colourBands);
        this.count = colourFeatures + TexturePlanes.COUNT;
        this.textureWeight = textureWeight;
        this.lambda = lambda;
        this.values = new float[level.pixels() * count];
        this.lab = new float[colourFeatures];
        this.guide = lambda > 0 ? new float[level.pixels() * colourFeatures] : null;
        float[] one = new float[colourFeatures];
        for (int p = 0; p < level.pixels(); p++) {
            if ((p & CHECK_PIXELS) == 0) {
                cancel.throwIfCancelled();
            }
            if (guide != null && level.hole[p] != 0) {
                LabFeatures.convert(level.guide, colourBands, p, one, 0);
                System.arraycopy(one, 0, guide, p * colourFeatures, colourFeatures);
            }
            write(p);
        }
    }

    static int count(int colourBands) {
        return LabFeatures.featureCount(colourBands) + TexturePlanes.COUNT;
    }

    /** Recomputes the hole's features after a vote. */
    void update() {
        for (int p = 0; p < level.hole.length; p++) {
            if (level.hole[p] != 0) {
                write(p);
            }
        }
    }

    private void write(int p) {
        LabFeatures.convert(level.bands, colourBands, p, lab, 0);
        int o = p * count;
        if (guide != null && level.hole[p] != 0) {
            float a = (float) (1 / (1 + lambda));
            float b = (float) (lambda / (1 + lambda));
            for (int c = 0; c < colourFeatures; c++) {
                values[o + c] = a * lab[c] + b * guide[p * colourFeatures + c];
            }
        } else {
            System.arraycopy(lab, 0, values, o, colourFeatures);
        }
        int first = level.bands.length - TexturePlanes.COUNT;
        for (int t = 0; t < TexturePlanes.COUNT; t++) {
            values[o + colourFeatures + t] = textureWeight * level.bands[first + t][p];
        }
    }
}
