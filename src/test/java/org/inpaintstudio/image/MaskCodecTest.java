package org.inpaintstudio.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.awt.image.DataBuffer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MaskCodecTest {
    @TempDir
    Path folder;

    @Test
    void grayMasksRepairFrom128Up() {
        BufferedImage gray = new BufferedImage(256, 1, BufferedImage.TYPE_BYTE_GRAY);
        for (int x = 0; x < 256; x++) {
            gray.getRaster().setSample(x, 0, 0, x);
        }
        MaskPlane mask = MaskCodec.fromImage(gray);
        for (int x = 0; x < 256; x++) {
            assertEquals(x >= 128, mask.isRepair(x, 0), "gray " + x);
        }
    }

    @Test
    void rgbMasksUseLuminanceNotAnyOneChannel() {
        BufferedImage rgb = new BufferedImage(6, 1, BufferedImage.TYPE_3BYTE_BGR);
        rgb.setRGB(0, 0, 0xFFFFFF); // white: repair
        rgb.setRGB(1, 0, 0xFF0000); // pure red: luma 76, keep
        rgb.setRGB(2, 0, 0x00FF00); // pure green: luma 150, repair
        rgb.setRGB(3, 0, 0x808080); // 128 gray: repair
        rgb.setRGB(4, 0, 0x7F7F7F); // 127 gray: keep
        rgb.setRGB(5, 0, 0xFF4646); // (255,70,70): average 132 but luma 125.3, keep
        assertEquals(List.of(true, false, true, true, false, false), row(MaskCodec.fromImage(rgb)));
    }

    @Test
    void alphaBelow128KeepsEvenWhitePixels() {
        BufferedImage argb = new BufferedImage(4, 1, BufferedImage.TYPE_INT_ARGB);
        argb.setRGB(0, 0, 0xFFFFFFFF); // opaque white
        argb.setRGB(1, 0, 0x80FFFFFF); // alpha 128 white
        argb.setRGB(2, 0, 0x7FFFFFFF); // alpha 127 white
        argb.setRGB(3, 0, 0xFF000000); // opaque black
        assertEquals(List.of(true, true, false, false), row(MaskCodec.fromImage(argb)));

        BufferedImage premultiplied = new BufferedImage(4, 1, BufferedImage.TYPE_INT_ARGB_PRE);
        premultiplied.setRGB(0, 0, 0x90FFFFFF); // stored as (144,144,144,144): white once un-premultiplied
        premultiplied.setRGB(1, 0, 0x7FFFFFFF);
        premultiplied.setRGB(2, 0, 0xFF808080);
        premultiplied.setRGB(3, 0, 0xFF7F7F7F);
        assertEquals(List.of(true, false, true, false), row(MaskCodec.fromImage(premultiplied)));
    }

    @Test
    void sixteenBitSamplesCountAtFullPrecision() {
        BufferedImage gray16 = new BufferedImage(3, 1, BufferedImage.TYPE_USHORT_GRAY);
        gray16.getRaster().setSamples(0, 0, 3, 1, 0, new int[] {32896, 32895, 65535});
        assertEquals(List.of(true, false, true), row(MaskCodec.fromImage(gray16)));

        BufferedImage rgba16 = ImageSamples.sixteenBit(3, 1, true);
        rgba16.getRaster().setPixel(0, 0, new int[] {65535, 65535, 65535, 65535});
        rgba16.getRaster().setPixel(1, 0, new int[] {65535, 65535, 65535, 32895}); // alpha just under 128
        rgba16.getRaster().setPixel(2, 0, new int[] {0, 65535, 0, 65535}); // green: luma 150
        assertEquals(DataBuffer.TYPE_USHORT, rgba16.getRaster().getTransferType());
        assertEquals(List.of(true, false, true), row(MaskCodec.fromImage(rgba16)));
    }

    @Test
    void paletteMasksLookUpTheirColours() {
        BufferedImage white = ImageSamples.palette(10, 2, Color.BLACK, Color.WHITE);
        MaskPlane mask = MaskCodec.fromImage(white);
        assertEquals(10, mask.repairCount());
        assertTrue(mask.isRepair(4, 1));
        assertFalse(mask.isRepair(5, 1));
        BufferedImage darkRed = ImageSamples.palette(10, 2, Color.BLACK, new Color(200, 0, 0));
        assertTrue(MaskCodec.fromImage(darkRed).isEmpty());
    }

    @Test
    void theTestPhotosMasksMatchTheirRectangles() throws IOException {
        MaskPlane fromPng = MaskCodec.read(ImageSamples.photo("masks/coffee_box.png"), 600, 400);
        List<MaskRectangle> rectangles =
                RectanglesJson.parse(Files.readString(ImageSamples.photo("rects/coffee_box.json")));
        assertEquals(RectanglesJson.toMask(rectangles, 600, 400), fromPng);
        assertTrue(fromPng.repairCount() > 0);
    }

    @Test
    void aMaskOfAnotherSizeIsRefusedNamingBothSizes() {
        byte[] png = MaskCodec.encodePng(new MaskPlane(300, 200));
        MaskSizeException e = assertThrows(MaskSizeException.class, () -> MaskCodec.read(png, 600, 400));
        assertEquals(
                "Cannot open the mask: the mask is 300 x 200 pixels but the image is 600 x 400; make a mask "
                        + "of exactly the image's size",
                e.getMessage());
        assertEquals(300, e.maskWidth());
        assertEquals(400, e.imageHeight());
        // same pixel count, other shape: still refused, never stretched or transposed
        assertThrows(MaskSizeException.class, () -> MaskCodec.read(png, 200, 300));
    }

    @Test
    void aMaskFileOfAnotherSizeNamesTheFile() throws IOException {
        Path file = folder.resolve("mask.png");
        MaskCodec.writePng(new MaskPlane(10, 10), file);
        MaskSizeException e = assertThrows(MaskSizeException.class, () -> MaskCodec.read(file, 11, 10));
        assertTrue(
                e.getMessage()
                        .startsWith("Cannot open mask.png: the mask is 10 x 10 pixels but the image is " + "11 x 10"),
                e.getMessage());
    }

    @Test
    void exportIsEightBitGrayWhiteForRepair() {
        MaskPlane mask = new MaskPlane(5, 3);
        mask.set(1, 2, true);
        BufferedImage image = MaskCodec.toImage(mask);
        assertEquals(BufferedImage.TYPE_BYTE_GRAY, image.getType());
        assertEquals(255, image.getRaster().getSample(1, 2, 0));
        assertEquals(0, image.getRaster().getSample(2, 1, 0));

        DecodedImage png = ImageFiles.read(MaskCodec.encodePng(mask), ImageLimits.EDITOR);
        assertEquals(ImageFormat.PNG, png.format());
        assertEquals(BufferedImage.TYPE_BYTE_GRAY, png.image().getType());
        assertEquals(8, png.image().getColorModel().getPixelSize());
    }

    @Test
    void pngRoundTripIsBitExact() throws IOException {
        MaskPlane mask = new MaskPlane(333, 211);
        Random random = new Random(3);
        for (int i = 0; i < mask.data().length; i++) {
            mask.data()[i] = random.nextInt(3) == 0 ? MaskPlane.REPAIR : MaskPlane.KEEP;
        }
        Path file = folder.resolve("mask.png");
        MaskCodec.writePng(mask, file);
        MaskPlane back = MaskCodec.read(file, 333, 211);
        assertArrayEquals(mask.data(), back.data());
        assertArrayEquals(
                mask.data(), MaskCodec.read(MaskCodec.encodePng(mask), 333, 211).data());
    }

    @Test
    void masksMayComeInAnyFormatThatKeepsTheirValues() {
        MaskPlane mask = RectanglesJson.toMask(List.of(new MaskRectangle(8, 8, 16, 16)), 40, 40);
        BufferedImage rgb = ImageFiles.toRgb(MaskCodec.toImage(mask));
        for (ImageFormat format : ImageFormat.values()) {
            byte[] encoded = ImageFiles.encode(rgb, format, ImageWriteOptions.DEFAULT);
            MaskPlane back = MaskCodec.read(encoded, 40, 40);
            assertEquals(mask, back, format + " mask");
        }
    }

    @Test
    void largeMasksKeepEveryPixel() {
        BufferedImage argb = new BufferedImage(4096, 4096, BufferedImage.TYPE_INT_ARGB);
        argb.setRGB(4095, 4095, 0xFFFFFFFF);
        argb.setRGB(0, 0, 0xFFFFFFFF);
        MaskPlane mask = MaskCodec.fromImage(argb);
        assertEquals(2, mask.repairCount());
        assertTrue(mask.isRepair(4095, 4095));
        assertTrue(mask.isRepair(0, 0));
    }

    @Test
    void fastPathsAgreeWithTheGeneralRuleOnRandomPixels() {
        Random random = new Random(11);
        int[] types = {
            BufferedImage.TYPE_BYTE_GRAY,
            BufferedImage.TYPE_3BYTE_BGR,
            BufferedImage.TYPE_4BYTE_ABGR,
            BufferedImage.TYPE_INT_RGB,
            BufferedImage.TYPE_INT_ARGB,
            BufferedImage.TYPE_INT_BGR
        };
        for (int type : types) {
            BufferedImage image = new BufferedImage(97, 61, type);
            int[] samples = new int[97 * 61 * image.getRaster().getNumBands()];
            for (int i = 0; i < samples.length; i++) {
                samples[i] = 96 + random.nextInt(64); // around the thresholds, where mistakes show
            }
            image.getRaster().setPixels(0, 0, 97, 61, samples);
            MaskPlane general = RepairRule.applyGeneral(image);
            assertTrue(general.repairCount() > 0 && general.repairCount() < 97 * 61, "type " + type);
            assertArrayEquals(general.data(), MaskCodec.fromImage(image).data(), "type " + type);
        }
    }

    private static List<Boolean> row(MaskPlane mask) {
        Boolean[] row = new Boolean[mask.width()];
        for (int x = 0; x < row.length; x++) {
            row[x] = mask.isRepair(x, 0);
        }
        return List.of(row);
    }
}
