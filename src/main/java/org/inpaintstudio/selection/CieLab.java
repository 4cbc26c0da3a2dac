package org.inpaintstudio.selection;

/**
 * sRGB (D65) to CIELAB, for colour distances that follow what the eye sees (the wand's tolerance is a CIE76
 * delta E). Table look-ups replace the power functions, so a 24-megapixel photo converts in a fraction of a second.
 */
final class CieLab {
    private static final float[] LINEAR = new float[256];
    private static final int CUBE_TABLE = 4096;
    private static final float[] CUBE_ROOT = new float[CUBE_TABLE + 2];
    private static final float CUBE_RANGE = 1.1f;

    static {
        for (int i = 0; i < 256; i++) {
            double c = i / 255.0;
            LINEAR[i] = (float) (c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4));
        }
        for (int i = 0; i < CUBE_ROOT.length; i++) {
            double t = (double) i / CUBE_TABLE * CUBE_RANGE;
            CUBE_ROOT[i] = (float) (t > 216.0 / 24389.0 ? Math.cbrt(t) : (24389.0 / 27.0 * t + 16.0) / 116.0);
        }
    }

    private CieLab() {}

    /** Writes L, a, b of the packed 0xRRGGBB colour to {@code out[offset..offset+2]}. */
    static void convert(int rgb, float[] out, int offset) {
        float r = LINEAR[(rgb >> 16) & 0xFF];
        float g = LINEAR[(rgb >> 8) & 0xFF];
        float b = LINEAR[rgb & 0xFF];
        float fx = cubeRoot((0.4124f * r + 0.3576f * g + 0.1805f * b) / 0.95047f);
        float fy = cubeRoot(0.2126f * r + 0.7152f * g + 0.0722f * b);
        float fz = cubeRoot((0.0193f * r + 0.1192f * g + 0.9505f * b) / 1.08883f);
        out[offset] = 116f * fy - 16f;
        out[offset + 1] = 500f * (fx - fy);
        out[offset + 2] = 200f * (fy - fz);
    }

    private static float cubeRoot(float t) {
        float position = t * (CUBE_TABLE / CUBE_RANGE);
        if (!(position > 0)) {
            return CUBE_ROOT[0];
        }
        if (position >= CUBE_TABLE) {
            return CUBE_ROOT[CUBE_TABLE];
        }
        int i = (int) position;
        float f = position - i;
        return CUBE_ROOT[i] + f * (CUBE_ROOT[i + 1] - CUBE_ROOT[i]);
    }
}
