package org.inpaintstudio.image;

import java.awt.image.BufferedImage;
import java.util.Random;

/**
 * A photo whose halves differ: reddish noise on the left, bluish on the right. A fill's colours tell which half it
 * copied from, which is what the sampling-area tests and benchmark look at.
 */
public final class TwoHalves {
    private TwoHalves() {}

    public static BufferedImage of(int width, int height, long seed) {
        Random random = new Random(seed);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int n = random.nextInt(50);
                image.setRGB(
                        x,
                        y,
                        x < width / 2
                                ? (150 + n) << 16 | (40 + n / 2) << 8 | 30
                                : 30 << 16 | (50 + n / 2) << 8 | (150 + n));
            }
        }
        return image;
    }

    /** Whether a pixel is more red than blue: it came from the left half. */
    public static boolean isRed(int rgb) {
        return ((rgb >> 16) & 0xff) > (rgb & 0xff);
    }
}
