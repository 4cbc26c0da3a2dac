package org.inpaintstudio.image;

import java.awt.image.BufferedImage;

/**
 * Puts repaired pixels into a photo where a mask says repair, and nowhere else: whatever a service or an encoding
 * did to the other pixels never reaches the photo.
 */
public final class MaskedPixels {
    private MaskedPixels() {}

    /**
     * Copies the pixels of {@code repaired} that {@code mask} marks (both the same size) into {@code target}, with
     * their top-left corner at ({@code x}, {@code y}).
     */
    public static void copyInto(BufferedImage target, int x, int y, BufferedImage repaired, MaskPlane mask) {
        int width = mask.width();
        int[] original = new int[width];
        int[] fixed = new int[width];
        byte[] data = mask.data();
        for (int row = 0; row < mask.height(); row++) {
            int start = row * width;
            if (!anyRepair(data, start, width)) {
                continue;
            }
            target.getRGB(x, y + row, width, 1, original, 0, width);
            repaired.getRGB(0, row, width, 1, fixed, 0, width);
            for (int i = 0; i < width; i++) {
                if (data[start + i] == MaskPlane.REPAIR) {
                    original[i] = fixed[i];
                }
            }
            target.setRGB(x, y + row, width, 1, original, 0, width);
        }
    }

    /** A copy of {@code photo} (RGB, or ARGB when it has alpha) with the masked pixels taken from {@code repaired}. */
    public static BufferedImage merged(BufferedImage photo, BufferedImage repaired, MaskPlane mask) {
        int type = photo.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
        BufferedImage copy = new BufferedImage(photo.getWidth(), photo.getHeight(), type);
        int[] row = new int[photo.getWidth()];
        for (int y = 0; y < photo.getHeight(); y++) {
            photo.getRGB(0, y, row.length, 1, row, 0, row.length);
            copy.setRGB(0, y, row.length, 1, row, 0, row.length);
        }
        copyInto(copy, 0, 0, repaired, mask);
        return copy;
    }

    private static boolean anyRepair(byte[] data, int start, int length) {
        for (int i = start; i < start + length; i++) {
            if (data[i] == MaskPlane.REPAIR) {
                return true;
            }
        }
        return false;
    }
}
