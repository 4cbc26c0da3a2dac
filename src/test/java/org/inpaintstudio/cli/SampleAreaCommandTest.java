package org.inpaintstudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javax.imageio.ImageIO;
import org.inpaintstudio.image.TwoHalves;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code inpaint --sample-area}: the fill copies only from the white pixels, and a wrong file is bad input. */
class SampleAreaCommandTest {
    private static final int W = 160;
    private static final int H = 120;
    private static final String HOLE = "[{\"x\":50,\"y\":30,\"width\":60,\"height\":60}]";

    @TempDir
    Path dir;

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private Path photo;

    /** Left half reddish noise, right half bluish noise. */
    @BeforeEach
    void writePhoto() throws IOException {
        BufferedImage image = TwoHalves.of(W, H, 7);
        photo = dir.resolve("halves.png");
        ImageIO.write(image, "png", photo.toFile());
    }

    private Path area(int width, int height, int whiteFrom, int whiteTo) throws IOException {
        BufferedImage area = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        for (int y = 0; y < height; y++) {
            for (int x = whiteFrom; x < whiteTo; x++) {
                area.getRaster().setSample(x, y, 0, 255);
            }
        }
        Path file = dir.resolve("area-" + width + "-" + whiteFrom + "-" + whiteTo + ".png");
        ImageIO.write(area, "png", file.toFile());
        return file;
    }

    private int run(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "inpaint";
        System.arraycopy(args, 0, all, 1, args.length);
        return new CommandLine(
                        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8),
                        Map.of())
                .run(all);
    }

    private String errors() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theFillTakesItsColoursFromTheWhiteHalfOnly() throws IOException {
        Path result = dir.resolve("result.png");

        assertEquals(
                ExitCode.OK,
                run(
                        "--image",
                        photo.toString(),
                        "--rects",
                        HOLE,
                        "--method",
                        "patch",
                        "--sample-area",
                        area(W, H, W / 2, W).toString(),
                        "--out",
                        result.toString()),
                errors());

        BufferedImage filled = ImageIO.read(result.toFile());
        int reddish = 0;
        for (int y = 30; y < 90; y++) {
            for (int x = 50; x < 110; x++) {
                int c = filled.getRGB(x, y);
                reddish += ((c >> 16) & 0xff) > (c & 0xff) ? 1 : 0;
            }
        }
        assertTrue(reddish < 60 * 60 / 30, reddish + " reddish pixels in a fill sampled from the blue half");
    }

    @Test
    void aSamplingAreaOfAnotherSizeIsBadInputNamingBothSizes() throws IOException {
        Path result = dir.resolve("result.png");

        assertEquals(
                ExitCode.BAD_INPUT,
                run(
                        "--image",
                        photo.toString(),
                        "--rects",
                        HOLE,
                        "--sample-area",
                        area(80, 60, 0, 40).toString(),
                        "--out",
                        result.toString()));

        assertTrue(errors().contains("is 80 x 60 pixels but the image is 160 x 120"), errors());
        assertFalse(Files.exists(result));
    }

    @Test
    void aSamplingAreaTooThinToCopyFromFailsTheTaskWithWhatToDo() throws IOException {
        Path result = dir.resolve("result.png");

        assertEquals(
                ExitCode.TASK_FAILED,
                run(
                        "--image",
                        photo.toString(),
                        "--rects",
                        HOLE,
                        "--method",
                        "patch",
                        "--sample-area",
                        area(W, H, 20, 23).toString(),
                        "--out",
                        result.toString()));

        assertTrue(errors().contains("mark a larger sampling area next to the mask"), errors());
        assertFalse(Files.exists(result));
    }

    @Test
    void aRemoteServiceCannotTakeASamplingArea() throws IOException {
        assertEquals(
                ExitCode.BAD_INPUT,
                run(
                        "--api-url",
                        "http://127.0.0.1:9",
                        "--image",
                        photo.toString(),
                        "--rects",
                        HOLE,
                        "--sample-area",
                        area(W, H, 0, 80).toString(),
                        "--out",
                        "r.png"));

        assertTrue(errors().contains("--sample-area works with the offline engine only"), errors());
    }

    @Test
    void aModelFileCannotTakeASamplingArea() throws IOException {
        assertEquals(
                ExitCode.BAD_INPUT,
                run(
                        "--model",
                        dir.resolve("any.onnx").toString(),
                        "--image",
                        photo.toString(),
                        "--rects",
                        HOLE,
                        "--sample-area",
                        area(W, H, 0, 80).toString(),
                        "--out",
                        "r.png"));

        assertTrue(errors().contains("a model does not copy from the photo"), errors());
    }
}
