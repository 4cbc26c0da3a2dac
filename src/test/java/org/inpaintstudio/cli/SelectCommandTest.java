package org.inpaintstudio.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javax.imageio.ImageIO;
import org.inpaintstudio.image.MaskCodec;
import org.inpaintstudio.image.MaskPlane;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code select}: files in, a mask PNG out, and exit codes a script can tell apart. */
class SelectCommandTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private Path composite;
    private MaskPlane truth;
    private String rect;

    /** The coffee cup (its object mask) pasted on the bricks, as a PNG file; the rectangle around it. */
    @BeforeEach
    void makeComposite() throws IOException {
        BufferedImage coffee = read("/photos/coffee.png");
        BufferedImage brick = read("/photos/brick.png");
        truth = MaskCodec.fromImage(read("/photos/masks/coffee_object.png"));
        int w = Math.min(coffee.getWidth(), brick.getWidth());
        int h = Math.min(coffee.getHeight(), brick.getHeight());
        BufferedImage scene = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        MaskPlane cropped = new MaskPlane(w, h);
        int minX = w;
        int minY = h;
        int maxX = 0;
        int maxY = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                boolean in = truth.isRepair(x, y);
                scene.setRGB(x, y, in ? coffee.getRGB(x, y) : brick.getRGB(x, y));
                cropped.set(x, y, in);
                if (in) {
                    minX = Math.min(minX, x);
                    minY = Math.min(minY, y);
                    maxX = Math.max(maxX, x);
                    maxY = Math.max(maxY, y);
                }
            }
        }
        truth = cropped;
        composite = dir.resolve("scene.png");
        ImageIO.write(scene, "png", composite.toFile());
        rect = (minX - 10) + "," + (minY - 10) + "," + (maxX - minX + 21) + "," + (maxY - minY + 21);
    }

    private BufferedImage read(String resource) throws IOException {
        try (InputStream in = getClass().getResourceAsStream(resource)) {
            return ImageIO.read(in);
        }
    }

    private int run(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "select";
        System.arraycopy(args, 0, all, 1, args.length);
        return new CommandLine(
                        new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8),
                        Map.of())
                .run(all);
    }

    private String errors() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void writesTheObjectsMaskWithIouAbove09AtGrowZero() {
        Path mask = dir.resolve("mask.png");
        assertEquals(
                ExitCode.OK,
                run("--image", composite.toString(), "--rect", rect, "--out", mask.toString(), "--grow", "0"),
                errors());
        MaskPlane selected = MaskCodec.read(mask, truth.width(), truth.height());
        long both = 0;
        long either = 0;
        for (int y = 0; y < truth.height(); y++) {
            for (int x = 0; x < truth.width(); x++) {
                both += selected.isRepair(x, y) && truth.isRepair(x, y) ? 1 : 0;
                either += selected.isRepair(x, y) || truth.isRepair(x, y) ? 1 : 0;
            }
        }
        double iou = (double) both / either;
        assertTrue(iou >= 0.9, "IoU " + iou);
        String printed = out.toString(StandardCharsets.UTF_8);
        assertTrue(printed.contains("selected ") && printed.contains("wrote " + mask), printed);
    }

    @Test
    void theDefaultGrowCoversMoreThanGrowZero() {
        Path tight = dir.resolve("tight.png");
        Path grown = dir.resolve("grown.png");
        assertEquals(
                ExitCode.OK,
                run("--image", composite.toString(), "--rect", rect, "--out", tight.toString(), "--grow", "0"));
        assertEquals(ExitCode.OK, run("--image", composite.toString(), "--rect", rect, "--out", grown.toString()));
        long t = MaskCodec.read(tight, truth.width(), truth.height()).repairCount();
        long g = MaskCodec.read(grown, truth.width(), truth.height()).repairCount();
        assertTrue(g > t * 1.03, t + " then " + g);
    }

    @Test
    void badRectanglesAreBadInputAndTheOldMaskSurvives() throws IOException {
        Path mask = dir.resolve("mask.png");
        Files.write(mask, new byte[] {1, 2, 3});
        for (String bad : new String[] {"10,10,abc,20", "10,10,20", "-5,0,20,20", "0,0,0,10"}) {
            err.reset();
            assertEquals(
                    ExitCode.BAD_INPUT,
                    run("--image", composite.toString(), "--rect", bad, "--out", mask.toString()),
                    bad);
            assertTrue(errors().contains("--rect " + bad), errors());
        }
        err.reset();
        assertEquals(
                ExitCode.BAD_INPUT,
                run("--image", composite.toString(), "--rect", "700,10,50,50", "--out", mask.toString()));
        assertTrue(errors().contains("at least 4 x 4 pixels of the 512 x 400 image"), errors());
        assertArrayEquals(new byte[] {1, 2, 3}, Files.readAllBytes(mask), "a refused run leaves --out alone");
    }

    @Test
    void missingOptionsFilesAndGrowValuesAreBadInput() {
        assertEquals(ExitCode.BAD_INPUT, run("--image", composite.toString(), "--rect", rect));
        assertTrue(errors().contains("needs --image, --rect and --out"), errors());
        assertEquals(
                ExitCode.BAD_INPUT,
                run(
                        "--image",
                        dir.resolve("none.png").toString(),
                        "--rect",
                        rect,
                        "--out",
                        dir.resolve("m.png").toString()));
        assertEquals(
                ExitCode.BAD_INPUT,
                run(
                        "--image",
                        composite.toString(),
                        "--rect",
                        rect,
                        "--out",
                        dir.resolve("m.jpg").toString()));
        assertTrue(errors().contains("name a .png file"), errors());
        assertEquals(
                ExitCode.BAD_INPUT,
                run(
                        "--image",
                        composite.toString(),
                        "--rect",
                        rect,
                        "--out",
                        dir.resolve("m.png").toString(),
                        "--grow",
                        "500"));
        assertEquals(ExitCode.BAD_INPUT, run("--image", composite.toString(), "--bogus"));
        assertFalse(Files.exists(dir.resolve("m.png")));
    }

    @Test
    void anUnwritableOutIsExitCodeSix() throws IOException {
        Path blocker = dir.resolve("file");
        Files.writeString(blocker, "not a folder");
        assertEquals(
                ExitCode.OUTPUT,
                run(
                        "--image",
                        composite.toString(),
                        "--rect",
                        rect,
                        "--out",
                        blocker.resolve("mask.png").toString()));
    }

    @Test
    void helpListsTheOptions() {
        assertEquals(ExitCode.OK, run("--help"));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("--rect x,y,w,h"));
    }
}
