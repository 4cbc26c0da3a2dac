package org.inpaintstudio.engine;

/** The sum of squared feature differences between two square patches of one interleaved feature image. */
final class PatchDistance {
    private PatchDistance() {}

    /**
     * Compares the patches centred at pixels {@code a} and {@code b}; stops early, returning a value of at least
     * {@code limit}, once the partial sum reaches {@code limit}. Both patches must lie inside the image.
     *
     * @param features interleaved, {@code featureCount} floats a pixel, rows of {@code width} pixels
     */
    static float ssd(float[] features, int featureCount, int width, int radius, int a, int b, float limit) {
        int rowLength = (2 * radius + 1) * featureCount;
        int stride = width * featureCount;
        int offset = (radius * width + radius) * featureCount;
        int ia = a * featureCount - offset;
        int ib = b * featureCount - offset;
        float sum = 0f;
        for (int row = 0; row <= 2 * radius; row++) {
            for (int k = 0; k < rowLength; k++) {
                float d = features[ia + k] - features[ib + k];
                sum += d * d;
            }
            if (sum >= limit) {
                return sum;
            }
            ia += stride;
            ib += stride;
        }
        return sum;
    }
}
