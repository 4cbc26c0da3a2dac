package org.inpaintstudio.engine;

/**
 * Converts band planes (0..255, sRGB or gray) into interleaved CIELAB features for patch distances: three floats a
 * pixel for colour, one (L) for gray. Table look-ups replace the power functions so whole crops convert quickly.
 */
final class LabFeatures {
    private static final int TABLE_SIZE = 2048;
    private static final float[] LINEAR = new float[TABLE_SIZE + 2];
    private static final float[] CUBE_ROOT = new float[TABLE_SIZE + 2];
    private static final float CUBE_ROOT_RANGE = 1.25f;

    static {
        for (int i = 0; i < LINEAR.length; i++) {
            double c = Math.min(1.0, (double) i / TABLE_SIZE);
            LINEAR[i] = (float) (c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4));
            double t = (double) i / TABLE_SIZE * CUBE_ROOT_RANGE;
            CUBE_ROOT[i] = (float) (t > 216.0 / 24389.0 ? Math.cbrt(t) : (24389.0 / 27.0 * t + 16.0) / 116.0);
        }
    }

    private LabFeatures() {}

    /** Features a pixel for images with this many colour bands. */
    static int featureCount(int colourBands) {
        return colourBands >= 3 ? 3 : 1;
    }

    /** Writes the features of pixel {@code i} of the planes to {@code out[i * count ...]}. */
    static void convert(float[][] planes, int colourBands, int i, float[] out) {
        convert(planes, colourBands, i, out, i * featureCount(colourBands));
    }

    /** Writes the features of pixel {@code i} of the planes to {@code out[offset ...]}. */
    static void convert(float[][] planes, int colourBands, int i, float[] out, int offset) {
        if (colourBands >= 3) {
            float r = linear(planes[0][i]);
            float g = linear(planes[1][i]);
            float b = linear(planes[2][i]);
            float fx = cubeRoot((0.4124f * r + 0.3576f * g + 0.1805f * b) / 0.95047f);
            float fy = cubeRoot(0.2126f * r + 0.7152f * g + 0.0722f * b);
            float fz = cubeRoot((0.0193f * r + 0.1192f * g + 0.9505f * b) / 1.08883f);
            int o = offset;
            out[o] = 116f * fy - 16f;
            out[o + 1] = 500f * (fx - fy);
            out[o + 2] = 200f * (fy - fz);
        } else {
            out[offset] = 116f * cubeRoot(linear(planes[0][i])) - 16f;
        }
    }

    /** Features of every pixel of the planes. */
    static float[] of(float[][] planes, int colourBands, int pixels) {
        float[] out = new float[pixels * featureCount(colourBands)];
        for (int i = 0; i < pixels; i++) {
            convert(planes, colourBands, i, out);
        }
        return out;
    }

    private static float linear(float v) {
        return lookUp(LINEAR, v * (TABLE_SIZE / 255f));
    }

    private static float cubeRoot(float t) {
        return lookUp(CUBE_ROOT, t * (TABLE_SIZE / CUBE_ROOT_RANGE));
    }

    private static float lookUp(float[] table, float position) {
        if (!(position > 0)) {
            return table[0];
        }
        if (position >= TABLE_SIZE) {
            return table[TABLE_SIZE];
        }
        int i = (int) position;
        float f = position - i;
        return table[i] + f * (table[i + 1] - table[i]);
    }
}
