package org.inpaintstudio.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.Color;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ImageFilesWriteTest {
    private static final byte[] OLD_CONTENT = "the designer's earlier result".getBytes();

    @TempDir
    Path folder;

    @ParameterizedTest
    @EnumSource(ImageFormat.class)
    void eachFormatIsWrittenAndReadBack(ImageFormat format) {
        BufferedImage photo = ImageFiles.read(ImageSamples.photo("coffee.png"), ImageLimits.EDITOR)
                .image();
        Path file = folder.resolve("result." + format.defaultExtension());
        ImageFiles.write(photo, file, format, ImageWriteOptions.DEFAULT);
        DecodedImage back = ImageFiles.read(file, ImageLimits.EDITOR);
        assertEquals(format, back.format());
        double difference = ImageSamples.meanDifference(photo, back.image());
        boolean lossy = format == ImageFormat.JPEG || format == ImageFormat.WEBP;
        assertTrue(lossy ? difference < 4 && difference > 0 : difference == 0, format + " differs by " + difference);
        assertEquals(
                List.of("result." + format.defaultExtension()),
                List.of(folder.toFile().list()));
    }

    @Test
    void theExtensionPicksTheFormat() {
        BufferedImage image = ImageSamples.quadrants(20, 10);
        ImageFiles.write(image, folder.resolve("scan.TIFF"), ImageWriteOptions.DEFAULT);
        ImageFiles.write(image, folder.resolve("web.webp"), ImageWriteOptions.DEFAULT);
        assertEquals(
                ImageFormat.TIFF, ImageFiles.probe(folder.resolve("scan.TIFF")).format());
        assertEquals(
                ImageFormat.WEBP, ImageFiles.probe(folder.resolve("web.webp")).format());
        ImageWriteException e = assertThrows(
                ImageWriteException.class,
                () -> ImageFiles.write(image, folder.resolve("anim.gif"), ImageWriteOptions.DEFAULT));
        assertEquals(
                "Cannot save anim.gif: the name must end in one of jpg, jpeg, png, bmp, webp, tif, tiff to "
                        + "choose the format",
                e.getMessage());
        assertTrue(Files.notExists(folder.resolve("anim.gif")));
    }

    @Test
    void jpegAndBmpFlattenTransparencyOntoWhite() {
        BufferedImage argb = new BufferedImage(32, 16, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < 16; y++) {
            for (int x = 0; x < 32; x++) {
                // left: fully transparent red (what a cut-out leaves); right: half-transparent black
                argb.setRGB(x, y, x < 16 ? 0x00FF0000 : 0x80000000);
            }
        }
        BufferedImage bmp = ImageFilesReadTest.roundTrip(argb, ImageFormat.BMP).image();
        assertEquals(0xFFFFFFFF, bmp.getRGB(3, 3));
        assertTrue(
                ImageSamples.near(bmp.getRGB(24, 3), new Color(127, 127, 127), 1),
                Integer.toHexString(bmp.getRGB(24, 3)));
        BufferedImage jpeg =
                ImageFilesReadTest.roundTrip(argb, ImageFormat.JPEG).image();
        assertTrue(ImageSamples.near(jpeg.getRGB(3, 3), Color.WHITE, 4), Integer.toHexString(jpeg.getRGB(3, 3)));
        assertTrue(
                ImageSamples.near(jpeg.getRGB(24, 8), new Color(127, 127, 127), 6),
                Integer.toHexString(jpeg.getRGB(24, 8)));
        assertTrue(!jpeg.getColorModel().hasAlpha() && !bmp.getColorModel().hasAlpha());
    }

    @Test
    void sixteenBitIsReducedToEightBitForJpegAndWebp() {
        BufferedImage rgb16 = ImageSamples.sixteenBit(8, 8, false);
        for (int y = 0; y < 8; y++) {
            for (int x = 0; x < 8; x++) {
                rgb16.getRaster().setPixel(x, y, new int[] {65535, 32896, 0});
            }
        }
        for (ImageFormat format : new ImageFormat[] {ImageFormat.JPEG, ImageFormat.WEBP, ImageFormat.BMP}) {
            BufferedImage back = ImageFilesReadTest.roundTrip(rgb16, format).image();
            assertTrue(
                    ImageSamples.near(back.getRGB(4, 4), new Color(255, 128, 0), 6),
                    format + " gave " + Integer.toHexString(back.getRGB(4, 4)));
        }
    }

    @Test
    void jpegQualityIsApplied() {
        BufferedImage photo = ImageFiles.read(ImageSamples.photo("brick.png"), ImageLimits.EDITOR)
                .image();
        byte[] low = ImageFiles.encode(photo, ImageFormat.JPEG, ImageWriteOptions.quality(0.3f));
        byte[] high = ImageFiles.encode(photo, ImageFormat.JPEG, ImageWriteOptions.DEFAULT);
        assertTrue(low.length * 2 < high.length, low.length + " vs " + high.length);
        double lowError = ImageSamples.meanDifference(
                photo, ImageFiles.read(low, ImageLimits.EDITOR).image());
        double highError = ImageSamples.meanDifference(
                photo, ImageFiles.read(high, ImageLimits.EDITOR).image());
        assertTrue(highError < lowError, highError + " vs " + lowError);
        assertThrows(IllegalArgumentException.class, () -> ImageWriteOptions.quality(1.5f));
    }

    @Test
    void webpIsLossyBelowQualityOneAndLosslessAtOne() {
        BufferedImage photo = ImageFiles.read(ImageSamples.photo("brick.png"), ImageLimits.EDITOR)
                .image()
                .getSubimage(0, 0, 256, 200);
        byte[] lossy = ImageFiles.encode(photo, ImageFormat.WEBP, ImageWriteOptions.DEFAULT);
        byte[] lossless = ImageFiles.encode(photo, ImageFormat.WEBP, ImageWriteOptions.BEST);
        assertTrue(lossy.length < lossless.length);
        assertTrue(ImageSamples.meanDifference(
                        photo, ImageFiles.read(lossy, ImageLimits.EDITOR).image())
                > 0);
        assertEquals(
                0.0,
                ImageSamples.meanDifference(
                        photo, ImageFiles.read(lossless, ImageLimits.EDITOR).image()));
    }

    @Test
    void anEncoderFailingHalfWayLeavesTheExistingFileUntouched() throws IOException {
        Path target = Files.write(folder.resolve("result.png"), OLD_CONTENT);
        BufferedImage failing = new FailsAfterRows(ImageSamples.quadrants(64, 64), 20);
        ImageWriteException e = assertThrows(
                ImageWriteException.class,
                () -> ImageFiles.write(failing, target, ImageFormat.PNG, ImageWriteOptions.DEFAULT));
        assertTrue(
                e.getMessage().startsWith("Cannot save result.png: the image could not be encoded as PNG"),
                e.getMessage());
        assertArrayEquals(OLD_CONTENT, Files.readAllBytes(target));
        assertEquals(List.of("result.png"), List.of(folder.toFile().list()), "no temporary file is left behind");
    }

    @Test
    void aParentThatIsAFileGivesAClearMessage() throws IOException {
        Path notAFolder = Files.write(folder.resolve("notes.txt"), OLD_CONTENT);
        ImageWriteException e = assertThrows(
                ImageWriteException.class,
                () -> ImageFiles.write(
                        ImageSamples.quadrants(4, 4),
                        notAFolder.resolve("out.png"),
                        ImageFormat.PNG,
                        ImageWriteOptions.DEFAULT));
        assertEquals(
                "Cannot save out.png: the path " + notAFolder + " is not a folder (part of it is a file); "
                        + "choose another folder",
                e.getMessage());
        assertArrayEquals(OLD_CONTENT, Files.readAllBytes(notAFolder));
    }

    @Test
    void aMissingFolderOrAFolderInTheWayGivesAClearMessage() throws IOException {
        Path missing = folder.resolve("nowhere").resolve("out.png");
        ImageWriteException e = assertThrows(
                ImageWriteException.class,
                () -> ImageFiles.write(
                        ImageSamples.quadrants(4, 4), missing, ImageFormat.PNG, ImageWriteOptions.DEFAULT));
        assertTrue(e.getMessage().endsWith("does not exist; choose an existing folder"), e.getMessage());
        Path directory = Files.createDirectory(folder.resolve("album.png"));
        ImageWriteException inTheWay = assertThrows(
                ImageWriteException.class,
                () -> ImageFiles.write(
                        ImageSamples.quadrants(4, 4), directory, ImageFormat.PNG, ImageWriteOptions.DEFAULT));
        assertEquals(
                "Cannot save album.png: there is a folder of that name; choose another name", inTheWay.getMessage());
    }

    @Test
    void aReadOnlyFolderLeavesTheExistingFileUntouched() throws IOException {
        Path target = Files.write(folder.resolve("result.jpg"), OLD_CONTENT);
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeTrue(!Files.isWritable(folder), "permissions are not enforced for this user (root)");
            ImageWriteException e = assertThrows(
                    ImageWriteException.class,
                    () -> ImageFiles.write(
                            ImageSamples.quadrants(4, 4), target, ImageFormat.JPEG, ImageWriteOptions.DEFAULT));
            assertTrue(
                    e.getMessage()
                            .startsWith("Cannot save result.jpg: you have no permission to write in the " + "folder"),
                    e.getMessage());
            assertArrayEquals(OLD_CONTENT, Files.readAllBytes(target));
        } finally {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void aReplacedFileKeepsItsPermissionsAndANewOneIsReadableByOthers() throws IOException {
        Path existing = Files.write(folder.resolve("shared.png"), OLD_CONTENT);
        Files.setPosixFilePermissions(existing, PosixFilePermissions.fromString("rw-rw----"));
        ImageFiles.write(ImageSamples.quadrants(4, 4), existing, ImageFormat.PNG, ImageWriteOptions.DEFAULT);
        assertEquals("rw-rw----", PosixFilePermissions.toString(Files.getPosixFilePermissions(existing)));
        assertEquals(ImageFormat.PNG, ImageFiles.probe(existing).format());

        Path fresh = folder.resolve("fresh.png");
        ImageFiles.write(ImageSamples.quadrants(4, 4), fresh, ImageFormat.PNG, ImageWriteOptions.DEFAULT);
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh)));
    }

    @Test
    void encodingDoesNotChangeTheImage() {
        BufferedImage argb = new BufferedImage(8, 8, BufferedImage.TYPE_INT_ARGB);
        argb.setRGB(1, 1, 0x40FF0000);
        Stream.of(ImageFormat.values()).forEach(f -> ImageFiles.encode(argb, f, ImageWriteOptions.DEFAULT));
        assertEquals(0x40FF0000, argb.getRGB(1, 1));
    }

    /** An image whose pixels stop coming after some rows, like a source that fails half-way through a save. */
    private static final class FailsAfterRows extends BufferedImage {
        private final int rows;

        FailsAfterRows(BufferedImage content, int rows) {
            super(content.getColorModel(), content.copyData(null), false, null);
            this.rows = rows;
        }

        @Override
        public Raster getData(Rectangle area) {
            if (area.y + area.height > rows) {
                throw new IllegalStateException("pixels unavailable past row " + rows);
            }
            return super.getData(area);
        }
    }
}
