package org.inpaintstudio.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Transparency;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.WritableRaster;
import org.inpaintstudio.image.MaskPlane;
import org.inpaintstudio.work.CancellationToken;
import org.inpaintstudio.work.ProgressListener;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Gray, alpha, 16-bit and palette images keep their colour model, and their samples outside the mask. */
class ColourModelTest {
    private static final MaskPlane MASK = TestImages.disc(48, 40, 24, 20, 7);

    private static BufferedImage fill(BufferedImage image, InpaintMethod method) {
        BufferedImage result =
                Inpainters.create(method, 1).inpaint(image, MASK, ProgressListener.NONE, new CancellationToken());
        assertSame(image.getColorModel(), result.getColorModel());
        assertEquals(image.getType(), result.getType());
        assertEquals(image.getRaster().getNumBands(), result.getRaster().getNumBands());
        TestImages.assertSameOutsideMask(image, result, MASK);
        return result;
    }

    /** Sets every band of every pixel from a smooth function of its position, scaled to {@code max}. */
    private static BufferedImage ramp(BufferedImage image, int max) {
        WritableRaster raster = image.getRaster();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                for (int b = 0; b < raster.getNumBands(); b++) {
                    raster.setSample(x, y, b, (int) ((long) max * (x + 2 * y + 7 * b) / 200));
                }
            }
        }
        return image;
    }

    @ParameterizedTest
    @EnumSource(InpaintMethod.class)
    void sixteenBitGrayKeepsItsDepthAndFillsWithSixteenBitValues(InpaintMethod method) {
        BufferedImage result = fill(ramp(new BufferedImage(48, 40, BufferedImage.TYPE_USHORT_GRAY), 65535), method);
        int centre = result.getRaster().getSample(24, 20, 0);
        int expected = 65535 * (24 + 40) / 200;
        assertTrue(Math.abs(centre - expected) < 1500, "filled " + centre + ", the ramp has " + expected);
        assertTrue(centre % 257 != 0 || Math.abs(centre - expected) < 300, "not squeezed through 8 bits");
    }

    @ParameterizedTest
    @EnumSource(InpaintMethod.class)
    void eightBitGrayWorks(InpaintMethod method) {
        BufferedImage result = fill(ramp(new BufferedImage(48, 40, BufferedImage.TYPE_BYTE_GRAY), 255), method);
        int centre = result.getRaster().getSample(24, 20, 0);
        assertTrue(Math.abs(centre - 255 * 64 / 200) < 8, "filled " + centre);
    }

    @ParameterizedTest
    @EnumSource(InpaintMethod.class)
    void sixteenBitRgbInACustomRasterWorks(InpaintMethod method) {
        ComponentColorModel model = new ComponentColorModel(
                ColorSpace.getInstance(ColorSpace.CS_sRGB), false, false, Transparency.OPAQUE, DataBuffer.TYPE_USHORT);
        BufferedImage image = new BufferedImage(model, model.createCompatibleWritableRaster(48, 40), false, null);
        BufferedImage result = fill(ramp(image, 65535), method);
        int green = result.getRaster().getSample(24, 20, 1);
        int expected = 65535 * (24 + 40 + 7) / 200;
        assertTrue(Math.abs(green - expected) < 1500, "filled " + green + ", the ramp has " + expected);
    }

    @ParameterizedTest
    @EnumSource(InpaintMethod.class)
    void alphaOutsideTheMaskIsKeptAndFilledInside(InpaintMethod method) {
        BufferedImage image = ramp(new BufferedImage(48, 40, BufferedImage.TYPE_INT_ARGB), 255);
        BufferedImage result = fill(image, method);
        int alpha = result.getRaster().getSample(24, 20, 3);
        assertTrue(Math.abs(alpha - 255 * (24 + 40 + 21) / 200) < 10, "alpha " + alpha);
    }

    @ParameterizedTest
    @EnumSource(InpaintMethod.class)
    void paletteImagesStayPaletteImages(InpaintMethod method) {
        BufferedImage image = TestImages.texture(48, 40, BufferedImage.TYPE_BYTE_INDEXED, 3);
        fill(image, method);
    }
}
