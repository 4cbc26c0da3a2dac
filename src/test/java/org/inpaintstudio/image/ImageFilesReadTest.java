package org.inpaintstudio.image;

import static org.inpaintstudio.image.ImageSamples.near;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.twelvemonkeys.imageio.color.ColorSpaces;
import java.awt.Color;
import java.awt.Transparency;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.IndexColorModel;
import java.awt.image.WritableRaster;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ImageFilesReadTest {
    @TempDir
    Path folder;

    @Test
    void realPhotosDecodeAtTheSizeTheHeaderGives() {
        for (String name : new String[] {"coffee.png", "brick.png"}) {
            Path photo = ImageSamples.photo(name);
            ImageInfo info = ImageFiles.probe(photo);
            DecodedImage decoded = ImageFiles.read(photo, ImageLimits.EDITOR);
            assertEquals(ImageFormat.PNG, info.format());
            assertEquals(info, decoded.info());
            assertEquals(0.0, ImageSamples.meanDifference(decoded.image(), ImageFiles.toRgb(decoded.image())));
        }
        assertEquals(new ImageInfo(ImageFormat.PNG, 600, 400), ImageFiles.probe(ImageSamples.photo("coffee.png")));
    }

    @Test
    void probeNeedsOnlyTheHeader() throws IOException {
        byte[] png = Files.readAllBytes(ImageSamples.photo("coffee.png"));
        // 100 bytes hold the header but not a tenth of the pixels: the size still comes out
        assertEquals(new ImageInfo(ImageFormat.PNG, 600, 400), ImageFiles.probe(ImageSamples.firstBytes(png, 100)));
        byte[] jpeg = ImageFiles.encode(ImageSamples.quadrants(300, 200), ImageFormat.JPEG, ImageWriteOptions.DEFAULT);
        assertEquals(new ImageInfo(ImageFormat.JPEG, 300, 200), ImageFiles.probe(ImageSamples.firstBytes(jpeg, 700)));
    }

    @Test
    void aHeaderClaiming100000By100000PixelsIsRefusedAtOnce() {
        byte[] bomb = ImageSamples.pngHeaderClaiming(100_000, 100_000);
        ImageTooLargeException e = assertTimeoutPreemptively(
                Duration.ofSeconds(2),
                () -> assertThrows(ImageTooLargeException.class, () -> ImageFiles.read(bomb, ImageLimits.EDITOR)));
        assertEquals(new ImageInfo(ImageFormat.PNG, 100_000, 100_000), e.info());
        assertEquals(
                "Cannot open the image: it is 100000 x 100000 pixels (10000 megapixels), more than the "
                        + "100 megapixels this app opens; scale it down in an image editor first",
                e.getMessage());
        // the probe reports the claim without trying to decode it
        assertEquals(new ImageInfo(ImageFormat.PNG, 100_000, 100_000), ImageFiles.probe(bomb));
    }

    @Test
    void theBudgetIsConfigurable() {
        Path coffee = ImageSamples.photo("coffee.png");
        assertEquals(600, ImageFiles.read(coffee, new ImageLimits(600 * 400)).width());
        ImageTooLargeException e = assertThrows(
                ImageTooLargeException.class, () -> ImageFiles.read(coffee, new ImageLimits(600 * 400 - 1)));
        assertTrue(e.getMessage().startsWith("Cannot open coffee.png: it is 600 x 400 pixels"), e.getMessage());
    }

    @Test
    void grayscaleStaysEightBitGrayWithItsValues() {
        BufferedImage gray = new BufferedImage(40, 30, BufferedImage.TYPE_BYTE_GRAY);
        for (int x = 0; x < 40; x++) {
            for (int y = 0; y < 30; y++) {
                gray.getRaster().setSample(x, y, 0, x * 6 + y);
            }
        }
        for (ImageFormat format : new ImageFormat[] {ImageFormat.PNG, ImageFormat.TIFF, ImageFormat.BMP}) {
            BufferedImage back = roundTrip(gray, format).image();
            assertEquals(1, back.getRaster().getNumBands(), format + " keeps one band");
            assertArrayEquals(samples(gray), samples(back), format + " keeps the gray values");
        }
        BufferedImage jpeg = roundTrip(gray, ImageFormat.JPEG).image();
        assertEquals(1, jpeg.getRaster().getNumBands());
    }

    @ParameterizedTest
    @EnumSource(
            value = ImageFormat.class,
            names = {"PNG", "TIFF"})
    void sixteenBitSamplesSurviveExactly(ImageFormat format) {
        BufferedImage rgb16 = ImageSamples.rgb16(20, 10);
        BufferedImage back = roundTrip(rgb16, format).image();
        assertEquals(DataBuffer.TYPE_USHORT, back.getRaster().getTransferType());
        assertArrayEquals(samples(rgb16), samples(back));
    }

    @Test
    void sixteenBitGrayPngStaysSixteenBit() {
        BufferedImage gray16 = new BufferedImage(16, 8, BufferedImage.TYPE_USHORT_GRAY);
        for (int x = 0; x < 16; x++) {
            gray16.getRaster().setSample(x, 3, 0, 4000 * x + 1);
        }
        BufferedImage back = roundTrip(gray16, ImageFormat.PNG).image();
        assertEquals(DataBuffer.TYPE_USHORT, back.getRaster().getTransferType());
        assertArrayEquals(samples(gray16), samples(back));
    }

    @ParameterizedTest
    @EnumSource(
            value = ImageFormat.class,
            names = {"PNG", "TIFF", "WEBP"})
    void alphaIsKept(ImageFormat format) {
        BufferedImage argb = new BufferedImage(32, 32, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < 32; y++) {
            for (int x = 0; x < 32; x++) {
                argb.setRGB(x, y, (x * 8) << 24 | 0x3366CC);
            }
        }
        BufferedImage back = roundTrip(argb, format, ImageWriteOptions.BEST).image();
        assertTrue(back.getColorModel().hasAlpha());
        for (int x = 0; x < 32; x++) {
            assertEquals(x * 8, back.getRGB(x, 5) >>> 24, format + " alpha at x=" + x);
        }
        assertEquals(0x3366CC, back.getRGB(31, 5) & 0xFFFFFF);
    }

    @Test
    void paletteImagesDecodeToTheirColours() {
        BufferedImage palette = ImageSamples.palette(20, 10, Color.BLACK, new Color(250, 120, 10));
        BufferedImage back = roundTrip(palette, ImageFormat.PNG).image();
        assertInstanceOf(IndexColorModel.class, back.getColorModel());
        assertEquals(0xFFFA780A, back.getRGB(3, 3));
        assertEquals(0xFF000000, back.getRGB(15, 3));
    }

    @Test
    void bmpAndLosslessWebpAreExact() {
        // a sub-image shares its parent's pixel array at an offset: encoders must still see just its pixels
        BufferedImage photo = ImageFiles.read(ImageSamples.photo("brick.png"), ImageLimits.EDITOR)
                .image()
                .getSubimage(100, 50, 200, 150);
        assertEquals(
                0.0,
                ImageSamples.meanDifference(
                        photo, roundTrip(photo, ImageFormat.BMP).image()));
        assertEquals(
                0.0,
                ImageSamples.meanDifference(
                        photo,
                        roundTrip(photo, ImageFormat.WEBP, ImageWriteOptions.BEST)
                                .image()));
    }

    @Test
    void cmykJpegDecodesToTheRightColours() throws IOException {
        // C=0 M=1 Y=1 K=0 is red; C=1 M=0 Y=0 K=0 is cyan; written the way print software writes CMYK (Adobe APP14)
        ComponentColorModel model = new ComponentColorModel(
                ColorSpaces.getColorSpace(ColorSpaces.CS_GENERIC_CMYK),
                false,
                false,
                Transparency.OPAQUE,
                DataBuffer.TYPE_BYTE);
        WritableRaster raster = model.createCompatibleWritableRaster(32, 16);
        for (int y = 0; y < 16; y++) {
            for (int x = 0; x < 32; x++) {
                raster.setPixel(x, y, x < 16 ? new int[] {0, 255, 255, 0} : new int[] {255, 0, 0, 0});
            }
        }
        byte[] cmyk = ImageSamples.encodeWithImageIo(new BufferedImage(model, raster, false, null), "jpeg");
        Path file = Files.write(folder.resolve("print.jpg"), cmyk);

        DecodedImage decoded = ImageFiles.read(file, ImageLimits.EDITOR);
        assertEquals(ImageFormat.JPEG, decoded.format());
        // the JDK's own reader hands back CMYK samples, which the engine and the screen would take for RGB
        assertEquals(
                ColorSpace.TYPE_RGB,
                decoded.image().getColorModel().getColorSpace().getType());
        int red = decoded.image().getRGB(4, 8);
        int cyan = decoded.image().getRGB(28, 8);
        assertTrue(near(red, new Color(237, 28, 36), 40), "red patch decoded as " + Integer.toHexString(red));
        assertTrue(near(cyan, new Color(0, 174, 239), 90), "cyan patch decoded as " + Integer.toHexString(cyan));
        assertTrue(((cyan >> 16) & 0xFF) < 60 && (cyan & 0xFF) > 180, Integer.toHexString(cyan));
    }

    @ParameterizedTest
    @EnumSource(
            value = ImageFormat.class,
            names = {"JPEG", "TIFF", "WEBP"})
    void twelveMonkeysReadersAreTheOnesUsed(ImageFormat format) throws IOException {
        byte[] encoded = ImageFiles.encode(ImageSamples.quadrants(8, 8), format, ImageWriteOptions.DEFAULT);
        try (ImageInputStream input = EncodedImage.of(encoded, "x").openImageInput()) {
            ImageReader reader = ImageDecoder.readerFor(format, input);
            assertTrue(
                    reader.getClass().getName().startsWith("com.twelvemonkeys.imageio.plugins."),
                    reader.getClass().getName());
            reader.dispose();
        }
    }

    @ParameterizedTest
    @EnumSource(ImageFormat.class)
    void truncatedFilesAreRefusedWithAMessageNamingThem(ImageFormat format) throws IOException {
        BufferedImage photo = ImageFiles.read(ImageSamples.photo("coffee.png"), ImageLimits.EDITOR)
                .image();
        byte[] whole = ImageFiles.encode(photo, format, ImageWriteOptions.DEFAULT);
        Path file = Files.write(
                folder.resolve("cut." + format.defaultExtension()), ImageSamples.firstBytes(whole, whole.length / 2));
        ImageReadException e = assertThrows(ImageReadException.class, () -> ImageFiles.read(file, ImageLimits.EDITOR));
        assertTrue(
                e.getMessage().startsWith("Cannot open cut." + format.defaultExtension() + ": the file is "),
                e.getMessage());
        assertTrue(e.getMessage().contains("incomplete") || e.getMessage().contains("damaged"), e.getMessage());
    }

    @Test
    void corruptPixelDataIsRefused() throws IOException {
        byte[] png = Files.readAllBytes(ImageSamples.photo("brick.png"));
        for (int i = 200; i < png.length - 100; i += 97) {
            png[i] ^= 0x5A;
        }
        ImageReadException e = assertThrows(ImageReadException.class, () -> ImageFiles.read(png, ImageLimits.EDITOR));
        assertTrue(
                e.getMessage().startsWith("Cannot open the image: the file is damaged or not a valid PNG image"),
                e.getMessage());
    }

    @Test
    void randomBytesAreNotAnImage() throws IOException {
        byte[] noise = new byte[4096];
        new Random(42).nextBytes(noise);
        noise[0] = 0x12; // not by chance a magic number
        Path file = Files.write(folder.resolve("noise.png"), noise);
        UnsupportedImageFormatException e =
                assertThrows(UnsupportedImageFormatException.class, () -> ImageFiles.read(file, ImageLimits.EDITOR));
        assertTrue(
                e.getMessage().startsWith("Cannot open noise.png: this is not an image Inpaint Studio can open"),
                e.getMessage());
    }

    @Test
    void gifIsRefusedEvenWhenCalledPng() throws IOException {
        byte[] gif = ImageSamples.encodeWithImageIo(ImageSamples.palette(8, 8, Color.BLACK, Color.WHITE), "gif");
        Path file = Files.write(folder.resolve("anim.png"), gif);
        for (Runnable attempt :
                new Runnable[] {() -> ImageFiles.read(file, ImageLimits.EDITOR), () -> ImageFiles.probe(file)}) {
            UnsupportedImageFormatException e = assertThrows(UnsupportedImageFormatException.class, attempt::run);
            assertEquals(
                    "Cannot open anim.png: GIF is not supported; save the image as PNG or JPEG and open that",
                    e.getMessage());
        }
    }

    @Test
    void missingFilesAndFoldersGetPlainMessages() {
        ImageReadException missing = assertThrows(
                ImageReadException.class, () -> ImageFiles.read(folder.resolve("gone.jpg"), ImageLimits.EDITOR));
        assertEquals("Cannot open gone.jpg: the file does not exist; check the name and folder", missing.getMessage());
        ImageReadException directory =
                assertThrows(ImageReadException.class, () -> ImageFiles.read(folder, ImageLimits.EDITOR));
        assertTrue(directory.getMessage().endsWith("it is a folder, not an image file"), directory.getMessage());
    }

    static DecodedImage roundTrip(BufferedImage image, ImageFormat format) {
        return roundTrip(image, format, ImageWriteOptions.BEST);
    }

    static DecodedImage roundTrip(BufferedImage image, ImageFormat format, ImageWriteOptions options) {
        DecodedImage decoded = ImageFiles.read(ImageFiles.encode(image, format, options), ImageLimits.EDITOR);
        assertEquals(format, decoded.format());
        assertEquals(image.getWidth(), decoded.width());
        assertEquals(image.getHeight(), decoded.height());
        return decoded;
    }

    static int[] samples(BufferedImage image) {
        return image.getRaster().getPixels(0, 0, image.getWidth(), image.getHeight(), (int[]) null);
    }
}
