package org.inpaintstudio.image;

import static org.inpaintstudio.image.ImageSamples.BLUE;
import static org.inpaintstudio.image.ImageSamples.GREEN;
import static org.inpaintstudio.image.ImageSamples.RED;
import static org.inpaintstudio.image.ImageSamples.WHITE;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** EXIF orientation written by hand into JPEG APP1 and PNG eXIf, read back upright. */
class ExifOrientationTest {
    private static final int WIDTH = 64;
    private static final int HEIGHT = 32;

    /** The stored image has red, green / blue, white quadrants; what an upright viewer shows for each tag. */
    static Stream<Arguments> orientations() {
        return Stream.of(
                Arguments.of(1, List.of(RED, GREEN, BLUE, WHITE)),
                Arguments.of(2, List.of(GREEN, RED, WHITE, BLUE)),
                Arguments.of(3, List.of(WHITE, BLUE, GREEN, RED)),
                Arguments.of(4, List.of(BLUE, WHITE, RED, GREEN)),
                Arguments.of(5, List.of(RED, BLUE, GREEN, WHITE)),
                Arguments.of(6, List.of(BLUE, RED, WHITE, GREEN)),
                Arguments.of(7, List.of(WHITE, GREEN, BLUE, RED)),
                Arguments.of(8, List.of(GREEN, WHITE, RED, BLUE)));
    }

    @ParameterizedTest(name = "JPEG orientation {0}")
    @MethodSource("orientations")
    void jpegIsTurnedUpright(int orientation, List<Color> topLeftTopRightBottomLeftBottomRight) {
        byte[] plain =
                ImageFiles.encode(ImageSamples.quadrants(WIDTH, HEIGHT), ImageFormat.JPEG, ImageWriteOptions.BEST);
        byte[] jpeg = ImageSamples.withJpegOrientation(plain, orientation);
        boolean quarterTurn = orientation >= 5;
        int width = quarterTurn ? HEIGHT : WIDTH;
        int height = quarterTurn ? WIDTH : HEIGHT;

        assertEquals(new ImageInfo(ImageFormat.JPEG, width, height), ImageFiles.probe(jpeg));
        BufferedImage upright = ImageFiles.read(jpeg, ImageLimits.EDITOR).image();
        assertEquals(width, upright.getWidth());
        assertEquals(height, upright.getHeight());
        int[][] centres = {
            {width / 4, height / 4},
            {3 * width / 4, height / 4},
            {width / 4, 3 * height / 4},
            {3 * width / 4, 3 * height / 4}
        };
        for (int i = 0; i < 4; i++) {
            int rgb = upright.getRGB(centres[i][0], centres[i][1]);
            assertTrue(
                    ImageSamples.near(rgb, topLeftTopRightBottomLeftBottomRight.get(i), 24),
                    "quadrant " + i + " is " + Integer.toHexString(rgb));
        }
    }

    @ParameterizedTest(name = "16-bit PNG orientation {0}")
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8})
    void sixteenBitPngMovesEveryPixelExactly(int orientation) {
        int width = 7;
        int height = 4;
        BufferedImage stored = ImageSamples.rgb16(width, height);
        byte[] png = ImageSamples.withPngOrientation(
                ImageFiles.encode(stored, ImageFormat.PNG, ImageWriteOptions.DEFAULT), orientation);

        BufferedImage upright = ImageFiles.read(png, ImageLimits.EDITOR).image();
        boolean quarterTurn = orientation >= 5;
        assertEquals(quarterTurn ? height : width, upright.getWidth());
        assertEquals(quarterTurn ? width : height, upright.getHeight());
        Raster from = stored.getRaster();
        Raster to = upright.getRaster();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int[] where = displayed(orientation, x, y, width, height);
                assertArrayEquals(
                        from.getPixel(x, y, (int[]) null),
                        to.getPixel(where[0], where[1], (int[]) null),
                        "stored pixel " + x + "," + y);
            }
        }
    }

    /** Where a stored pixel shows, written out per tag from the EXIF specification's row/column wording. */
    private static int[] displayed(int orientation, int x, int y, int w, int h) {
        return switch (orientation) {
            case 1 -> new int[] {x, y};
            case 2 -> new int[] {w - 1 - x, y}; // row 0 on top, column 0 on the right
            case 3 -> new int[] {w - 1 - x, h - 1 - y}; // row 0 at the bottom, column 0 on the right
            case 4 -> new int[] {x, h - 1 - y}; // row 0 at the bottom, column 0 on the left
            case 5 -> new int[] {y, x}; // row 0 on the left, column 0 on top
            case 6 -> new int[] {h - 1 - y, x}; // row 0 on the right, column 0 on top
            case 7 -> new int[] {h - 1 - y, w - 1 - x}; // row 0 on the right, column 0 at the bottom
            case 8 -> new int[] {y, w - 1 - x}; // row 0 on the left, column 0 at the bottom
            default -> throw new IllegalArgumentException("orientation " + orientation);
        };
    }

    @ParameterizedTest(name = "gray PNG orientation {0}")
    @ValueSource(ints = {3, 6, 8})
    void grayKeepsItsColourModelWhenTurned(int orientation) {
        BufferedImage gray = new BufferedImage(5, 3, BufferedImage.TYPE_BYTE_GRAY);
        gray.getRaster().setSample(0, 0, 0, 200);
        byte[] png = ImageSamples.withPngOrientation(
                ImageFiles.encode(gray, ImageFormat.PNG, ImageWriteOptions.DEFAULT), orientation);
        BufferedImage upright = ImageFiles.read(png, ImageLimits.EDITOR).image();
        assertEquals(BufferedImage.TYPE_BYTE_GRAY, upright.getType());
        int[] corner = displayed(orientation, 0, 0, 5, 3);
        assertEquals(200, upright.getRaster().getSample(corner[0], corner[1], 0));
    }

    @ParameterizedTest(name = "1-bit palette PNG orientation {0}")
    @ValueSource(ints = {2, 6, 7})
    void packedPaletteImagesTurnToo(int orientation) {
        BufferedImage palette = ImageSamples.palette(6, 3, Color.BLACK, Color.WHITE); // left half white
        byte[] png = ImageSamples.withPngOrientation(
                ImageFiles.encode(palette, ImageFormat.PNG, ImageWriteOptions.DEFAULT), orientation);
        BufferedImage upright = ImageFiles.read(png, ImageLimits.EDITOR).image();
        for (int y = 0; y < 3; y++) {
            for (int x = 0; x < 6; x++) {
                int[] where = displayed(orientation, x, y, 6, 3);
                assertEquals(palette.getRGB(x, y), upright.getRGB(where[0], where[1]), "stored pixel " + x + "," + y);
            }
        }
    }
}
