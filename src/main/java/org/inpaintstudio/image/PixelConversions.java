package org.inpaintstudio.image;

import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;

/**
 * Conversions to fixed 8-bit layouts through Java2D's drawing loops, which treat gray as display gray (unlike
 * {@code BufferedImage.getRGB}, which brightens it as if it were linear) and reduce 16-bit samples correctly.
 */
final class PixelConversions {
    private PixelConversions() {}

    /** 8-bit RGB, transparent pixels flattened onto white; the image itself when already TYPE_INT_RGB. */
    static BufferedImage toRgb(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_INT_RGB) {
            return image;
        }
        return draw(image, BufferedImage.TYPE_INT_RGB, Color.WHITE);
    }

    /** 8-bit RGB with straight alpha; the image itself when already TYPE_INT_ARGB. */
    static BufferedImage toArgb(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_INT_ARGB) {
            return image;
        }
        return draw(image, BufferedImage.TYPE_INT_ARGB, null);
    }

    /** 8-bit gray; the image itself when already TYPE_BYTE_GRAY. Only for images without alpha. */
    static BufferedImage toGray(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_BYTE_GRAY) {
            return image;
        }
        return draw(image, BufferedImage.TYPE_BYTE_GRAY, null);
    }

    /** One gray channel and no alpha, whatever the bit depth. */
    static boolean isOpaqueGray(BufferedImage image) {
        ColorModel model = image.getColorModel();
        return !model.hasAlpha()
                && model.getNumComponents() == 1
                && model.getColorSpace().getType() == ColorSpace.TYPE_GRAY;
    }

    /** For formats without alpha: 8-bit gray stays gray, anything else becomes RGB on white. */
    static BufferedImage withoutAlpha(BufferedImage image) {
        return isOpaqueGray(image) ? toGray(image) : toRgb(image);
    }

    private static BufferedImage draw(BufferedImage image, int type, Color background) {
        BufferedImage target = new BufferedImage(image.getWidth(), image.getHeight(), type);
        Graphics2D g = target.createGraphics();
        try {
            if (background != null) {
                g.setColor(background);
                g.fillRect(0, 0, image.getWidth(), image.getHeight());
            } else {
                g.setComposite(AlphaComposite.Src);
            }
            g.drawImage(image, 0, 0, null);
        } finally {
            g.dispose();
        }
        return target;
    }
}
