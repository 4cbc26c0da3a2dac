package org.inpaintstudio.image;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Transparency;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.IndexColorModel;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.zip.CRC32;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/** Images made in the tests, and surgery on encoded bytes (EXIF segments, truncation). */
final class ImageSamples {
    static final Color RED = new Color(255, 0, 0);
    static final Color GREEN = new Color(0, 255, 0);
    static final Color BLUE = new Color(0, 0, 255);
    static final Color WHITE = new Color(255, 255, 255);

    private ImageSamples() {}

    static Path photo(String name) {
        try {
            return Path.of(ImageSamples.class.getResource("/photos/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Four flat quadrants: red top-left, green top-right, blue bottom-left, white bottom-right. */
    static BufferedImage quadrants(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        fill(g, RED, 0, 0, width / 2, height / 2);
        fill(g, GREEN, width / 2, 0, width - width / 2, height / 2);
        fill(g, BLUE, 0, height / 2, width / 2, height - height / 2);
        fill(g, WHITE, width / 2, height / 2, width - width / 2, height - height / 2);
        g.dispose();
        return image;
    }

    private static void fill(Graphics2D g, Color color, int x, int y, int width, int height) {
        g.setColor(color);
        g.fillRect(x, y, width, height);
    }

    /** 16-bit RGB: each pixel's red is 1000 x column, green 1000 x row, blue 12345, all distinct per pixel. */
    static BufferedImage rgb16(int width, int height) {
        BufferedImage image = sixteenBit(width, height, false);
        WritableRaster raster = image.getRaster();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                raster.setPixel(x, y, new int[] {1000 * x + 7, 1000 * y + 3, 12345});
            }
        }
        return image;
    }

    /** An empty 16-bit RGB or RGBA image (ImageIO's PNG reader decodes 16-bit PNG to this layout). */
    static BufferedImage sixteenBit(int width, int height, boolean alpha) {
        ComponentColorModel model = new ComponentColorModel(
                ColorSpace.getInstance(ColorSpace.CS_sRGB),
                alpha,
                false,
                alpha ? Transparency.TRANSLUCENT : Transparency.OPAQUE,
                DataBuffer.TYPE_USHORT);
        return new BufferedImage(model, model.createCompatibleWritableRaster(width, height), false, null);
    }

    /** A two-colour palette image, pixels on the left half index 1. */
    static BufferedImage palette(int width, int height, Color zero, Color one) {
        IndexColorModel model = new IndexColorModel(
                1,
                2,
                new byte[] {(byte) zero.getRed(), (byte) one.getRed()},
                new byte[] {(byte) zero.getGreen(), (byte) one.getGreen()},
                new byte[] {(byte) zero.getBlue(), (byte) one.getBlue()});
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_BINARY, model);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width / 2; x++) {
                image.getRaster().setSample(x, y, 0, 1);
            }
        }
        return image;
    }

    /** Encodes with a plain ImageIO writer of the given format name, as another program would. */
    static byte[] encodeWithImageIo(BufferedImage image, String formatName) {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName(formatName);
        ImageWriter writer = writers.next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, null), writer.getDefaultWriteParam());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    /** A TIFF structure (big-endian) whose IFD0 holds one tag: Orientation = {@code orientation}. */
    static byte[] exifOrientation(int orientation) {
        ByteBuffer tiff = ByteBuffer.allocate(26);
        tiff.put((byte) 'M').put((byte) 'M').putShort((short) 42).putInt(8); // header, IFD0 at 8
        tiff.putShort((short) 1); // one entry
        tiff.putShort((short) 0x0112)
                .putShort((short) 3)
                .putInt(1)
                .putShort((short) orientation)
                .putShort((short) 0);
        tiff.putInt(0); // no next IFD
        return tiff.array();
    }

    /** The JPEG with an APP1 "Exif" segment put right after its APP0 (JFIF) segment, or after SOI. */
    static byte[] withJpegOrientation(byte[] jpeg, int orientation) {
        byte[] exif = exifOrientation(orientation);
        byte[] header = "Exif\0\0".getBytes(StandardCharsets.ISO_8859_1);
        int length = 2 + header.length + exif.length;
        ByteBuffer segment = ByteBuffer.allocate(2 + length);
        segment.put((byte) 0xFF)
                .put((byte) 0xE1)
                .putShort((short) length)
                .put(header)
                .put(exif);
        int at = 2;
        if ((jpeg[2] & 0xFF) == 0xFF && (jpeg[3] & 0xFF) == 0xE0) {
            at = 4 + (((jpeg[4] & 0xFF) << 8) | (jpeg[5] & 0xFF));
        }
        return splice(jpeg, at, segment.array());
    }

    /** The PNG with an eXIf chunk holding the orientation, right after IHDR (which always ends at byte 33). */
    static byte[] withPngOrientation(byte[] png, int orientation) {
        byte[] exif = exifOrientation(orientation);
        ByteBuffer chunk = ByteBuffer.allocate(12 + exif.length);
        byte[] type = "eXIf".getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(type);
        crc.update(exif);
        chunk.putInt(exif.length).put(type).put(exif).putInt((int) crc.getValue());
        return splice(png, 33, chunk.array());
    }

    /**
     * A valid PNG header (signature, IHDR with a correct CRC) claiming the given size, followed by a tiny IDAT:
     * what a decompression bomb looks like to a reader that trusts the header.
     */
    static byte[] pngHeaderClaiming(int width, int height) {
        ByteBuffer png = ByteBuffer.allocate(8 + 25 + 12 + 12);
        png.put(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
        ByteBuffer ihdr = ByteBuffer.allocate(13)
                .putInt(width)
                .putInt(height)
                .put((byte) 8)
                .put((byte) 2)
                .put((byte) 0)
                .put((byte) 0)
                .put((byte) 0);
        putChunk(png, "IHDR", ihdr.array());
        putChunk(png, "IDAT", new byte[0]);
        putChunk(png, "IEND", new byte[0]);
        return png.array();
    }

    private static void putChunk(ByteBuffer png, String type, byte[] data) {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        png.putInt(data.length).put(name).put(data).putInt((int) crc.getValue());
    }

    static byte[] splice(byte[] bytes, int at, byte[] insert) {
        byte[] result = new byte[bytes.length + insert.length];
        System.arraycopy(bytes, 0, result, 0, at);
        System.arraycopy(insert, 0, result, at, insert.length);
        System.arraycopy(bytes, at, result, at + insert.length, bytes.length - at);
        return result;
    }

    static byte[] firstBytes(byte[] bytes, int count) {
        return Arrays.copyOf(bytes, count);
    }

    /** Mean absolute difference per channel between two same-size images, 0..255. */
    static double meanDifference(BufferedImage a, BufferedImage b) {
        long total = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                int p = a.getRGB(x, y);
                int q = b.getRGB(x, y);
                for (int shift = 0; shift <= 16; shift += 8) {
                    total += Math.abs(((p >> shift) & 0xFF) - ((q >> shift) & 0xFF));
                }
            }
        }
        return total / (3.0 * a.getWidth() * a.getHeight());
    }

    /** Whether a colour is within {@code tolerance} of another in every channel. */
    static boolean near(int rgb, Color expected, int tolerance) {
        return Math.abs(((rgb >> 16) & 0xFF) - expected.getRed()) <= tolerance
                && Math.abs(((rgb >> 8) & 0xFF) - expected.getGreen()) <= tolerance
                && Math.abs((rgb & 0xFF) - expected.getBlue()) <= tolerance;
    }
}
