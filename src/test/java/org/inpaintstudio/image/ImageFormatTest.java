package org.inpaintstudio.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ImageFormatTest {

    @ParameterizedTest
    @CsvSource({
        "photo.jpg, JPEG",
        "PHOTO.JPEG, JPEG",
        "a.b.png, PNG",
        "scan.bmp, BMP",
        "x.WebP, WEBP",
        "page.tif, TIFF",
        "page.tiff, TIFF"
    })
    void fileNameExtensionPicksTheFormat(String name, ImageFormat expected) {
        assertEquals(Optional.of(expected), ImageFormat.fromFileName(name));
    }

    @ParameterizedTest
    @CsvSource({"anim.gif", "photo.heic", "noextension", "trailingdot.", "png", "notes.txt"})
    void otherNamesHaveNoFormat(String name) {
        assertEquals(Optional.empty(), ImageFormat.fromFileName(name));
    }

    @Test
    void detectsEachFormatFromItsMagicNumber() {
        assertEquals(ImageFormat.JPEG, ImageFormat.detect(bytes(0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10)));
        assertEquals(ImageFormat.PNG, ImageFormat.detect(bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0)));
        assertEquals(ImageFormat.BMP, ImageFormat.detect(bytes('B', 'M', 0, 0, 0, 0, 0, 0, 0, 0, 54, 0, 0, 0)));
        assertEquals(
                ImageFormat.WEBP,
                ImageFormat.detect(bytes('R', 'I', 'F', 'F', 1, 0, 0, 0, 'W', 'E', 'B', 'P', 'V', 'P', '8', ' ')));
        assertEquals(ImageFormat.TIFF, ImageFormat.detect(bytes('I', 'I', 42, 0, 8, 0, 0, 0)));
        assertEquals(ImageFormat.TIFF, ImageFormat.detect(bytes('M', 'M', 0, 42, 0, 0, 0, 8)));
    }

    @Test
    void gifIsRefusedByName() {
        UnsupportedImageFormatException e = assertThrows(
                UnsupportedImageFormatException.class,
                () -> ImageFormat.detect("GIF89a\u0001\u0000\u0001\u0000".getBytes(StandardCharsets.ISO_8859_1)));
        assertEquals("GIF is not supported; save the image as PNG or JPEG and open that", e.getMessage());
    }

    @Test
    void otherKnownFormatsAreNamedInTheRefusal() {
        assertRefusedAs("HEIC", bytes(0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'h', 'e', 'i', 'c', 0, 0, 0, 0));
        assertRefusedAs("AVIF", bytes(0, 0, 0, 0x1C, 'f', 't', 'y', 'p', 'a', 'v', 'i', 'f', 0, 0, 0, 0));
        assertRefusedAs("PDF", "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII));
        assertRefusedAs("Photoshop (PSD)", "8BPS\u0000\u0001".getBytes(StandardCharsets.ISO_8859_1));
        assertRefusedAs("SVG", "  <svg xmlns=".getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void unknownBytesAndEmptyFilesAreRefusedWithWhatIsSupported() {
        String unknown = assertThrows(
                        UnsupportedImageFormatException.class,
                        () -> ImageFormat.detect("hello, world".getBytes(StandardCharsets.US_ASCII)))
                .getMessage();
        assertTrue(unknown.contains("supported: jpg, jpeg, png, bmp, webp, tif, tiff"), unknown);
        String empty = assertThrows(UnsupportedImageFormatException.class, () -> ImageFormat.detect(new byte[0]))
                .getMessage();
        assertTrue(empty.startsWith("the file is empty"), empty);
        // a lone "BM" is too short to be a bitmap header
        assertThrows(UnsupportedImageFormatException.class, () -> ImageFormat.detect(bytes('B', 'M')));
    }

    private static void assertRefusedAs(String name, byte[] head) {
        String message = assertThrows(UnsupportedImageFormatException.class, () -> ImageFormat.detect(head))
                .getMessage();
        assertTrue(message.startsWith(name + " is not supported;"), message);
    }

    static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }
}
