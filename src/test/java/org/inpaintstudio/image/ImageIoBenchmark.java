package org.inpaintstudio.image;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Figures for masks and image files at the API's largest size, 4096 x 4096. Run with
 * {@code mvn -o -q -Pbench test -Dtest=ImageIoBenchmark}; prints the median of several runs, asserts nothing.
 */
@Tag("benchmark")
class ImageIoBenchmark {
    private static final int SIZE = 4096;
    private static final int RUNS = 7;

    @TempDir
    Path folder;

    @Test
    void masksAndFilesAt4096() {
        Map<String, Integer> layouts = new LinkedHashMap<>();
        layouts.put("8-bit gray", BufferedImage.TYPE_BYTE_GRAY);
        layouts.put("8-bit RGB", BufferedImage.TYPE_3BYTE_BGR);
        layouts.put("8-bit RGBA", BufferedImage.TYPE_4BYTE_ABGR);
        layouts.put("int ARGB", BufferedImage.TYPE_INT_ARGB);
        layouts.forEach((name, type) -> {
            BufferedImage image = maskLike(type);
            report("MaskCodec.fromImage, " + name, () -> MaskCodec.fromImage(image));
        });
        BufferedImage rgb16 = ImageSamples.sixteenBit(SIZE, SIZE, true);
        rgb16.createGraphics().drawImage(maskLike(BufferedImage.TYPE_INT_ARGB), 0, 0, null);
        report("MaskCodec.fromImage, 16-bit RGBA", () -> MaskCodec.fromImage(rgb16));

        MaskPlane mask = MaskCodec.fromImage(maskLike(BufferedImage.TYPE_BYTE_GRAY));
        byte[] png = MaskCodec.encodePng(mask);
        report("MaskCodec.encodePng (" + png.length / 1024 + " KiB)", () -> MaskCodec.encodePng(mask));
        report("MaskCodec.read(byte[])", () -> MaskCodec.read(png, SIZE, SIZE));

        BufferedImage photo = photoLike();
        for (ImageFormat format : ImageFormat.values()) {
            Path file = folder.resolve("photo." + format.defaultExtension());
            report("ImageFiles.write " + format, () -> {
                ImageFiles.write(photo, file, format, ImageWriteOptions.DEFAULT);
                return file;
            });
            long bytes = file.toFile().length();
            report(
                    "ImageFiles.read  " + format + " (" + bytes / 1024 + " KiB)",
                    () -> ImageFiles.read(file, ImageLimits.EDITOR));
            report("ImageFiles.probe " + format, () -> ImageFiles.probe(file));
        }
        byte[] bomb = ImageSamples.pngHeaderClaiming(100_000, 100_000);
        report("refuse a 100000 x 100000 header", () -> {
            try {
                return ImageFiles.read(bomb, ImageLimits.EDITOR);
            } catch (ImageTooLargeException expected) {
                return expected;
            }
        });
    }

    private static BufferedImage maskLike(int type) {
        BufferedImage image = new BufferedImage(SIZE, SIZE, type);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillOval(SIZE / 4, SIZE / 4, SIZE / 2, SIZE / 2);
        g.dispose();
        return image;
    }

    /** Brick tiled over 4096 x 4096: real texture, so the encoders have real work. */
    private static BufferedImage photoLike() {
        BufferedImage brick = ImageFiles.read(ImageSamples.photo("brick.png"), ImageLimits.EDITOR)
                .image();
        BufferedImage photo = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = photo.createGraphics();
        for (int y = 0; y < SIZE; y += brick.getHeight()) {
            for (int x = 0; x < SIZE; x += brick.getWidth()) {
                g.drawImage(brick, x, y, null);
            }
        }
        g.dispose();
        return photo;
    }

    private static void report(String what, Supplier<?> work) {
        long[] times = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            work.get();
            times[i] = System.nanoTime() - start;
        }
        Arrays.sort(times);
        System.out.printf(
                Locale.ROOT, "%-48s median %8.1f ms  (min %.1f)%n", what, times[RUNS / 2] / 1e6, times[0] / 1e6);
    }
}
