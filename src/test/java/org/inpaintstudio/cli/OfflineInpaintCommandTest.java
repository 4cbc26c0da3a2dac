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
import org.inpaintstudio.api.TestImages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code inpaint} without --api-url: the offline engine end to end, through files on disk. */
class OfflineInpaintCommandTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private Path image;
    private Path mask;

    @BeforeEach
    void copyPhoto() throws IOException {
        image = copy("/photos/coffee.png", "coffee.png");
        mask = copy("/photos/masks/coffee_object.png", "mask.png");
    }

    private Path copy(String resource, String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream(resource)) {
            Path target = dir.resolve(name);
            Files.copy(in, target);
            return target;
        }
    }

    private int run(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "inpaint";
        System.arraycopy(args, 0, all, 1, args.length);
        return new CommandLine(
                        new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8),
                        Map.of())
                .run(all);
    }

    private String printed() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String errors() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void fillsTheMaskAndLeavesEveryOtherPixelAlone() throws IOException {
        Path result = dir.resolve("result.png");

        assertEquals(
                ExitCode.OK,
                run("--image", image.toString(), "--mask", mask.toString(), "--out", result.toString()),
                errors());

        long changedInside = changedInsideTheMask(image, mask, result);
        assertTrue(changedInside > 1000, "only " + changedInside + " pixels inside the mask changed");
        assertTrue(printed().contains("processing"), printed());
        assertTrue(printed().contains("wrote " + result), printed());
    }

    @Test
    void aPhotoWiderThanTheServiceTakesIsFilledAsTheEditorFillsIt() throws IOException {
        // 4300 px is over the service's 4096 but well within the editor's budget: the backend crops around the mask.
        Path wide = Files.write(dir.resolve("wide.png"), TestImages.png(4300, 40));
        Path wideMask = Files.write(dir.resolve("wide-mask.png"), TestImages.mask(4300, 40, 4200, 12, 16, 16));
        Path result = dir.resolve("wide-result.png");

        assertEquals(
                ExitCode.OK,
                run("--image", wide.toString(), "--mask", wideMask.toString(), "--out", result.toString()),
                errors());

        long changedInside = changedInsideTheMask(wide, wideMask, result);
        assertTrue(changedInside > 0, "no pixel inside the mask changed");
    }

    /** Asserts that no pixel outside the mask changed, and counts those inside that did. */
    private static long changedInsideTheMask(Path image, Path mask, Path result) throws IOException {
        BufferedImage before = ImageIO.read(image.toFile());
        BufferedImage after = ImageIO.read(result.toFile());
        BufferedImage repair = ImageIO.read(mask.toFile());
        assertEquals(before.getWidth(), after.getWidth());
        assertEquals(before.getHeight(), after.getHeight());
        long changedInside = 0;
        for (int y = 0; y < before.getHeight(); y++) {
            for (int x = 0; x < before.getWidth(); x++) {
                boolean inside = (repair.getRGB(x, y) & 0xff) >= 128;
                boolean same = before.getRGB(x, y) == after.getRGB(x, y);
                if (!inside) {
                    assertTrue(same, "pixel outside the mask changed at " + x + "," + y);
                } else if (!same) {
                    changedInside++;
                }
            }
        }
        return changedInside;
    }

    @Test
    void rectanglesAndTheSameSeedGiveTheSameBytes() throws IOException {
        String rects = "[{\"x\":316,\"y\":66,\"width\":156,\"height\":79}]";
        Path first = dir.resolve("first.png");
        Path second = dir.resolve("second.png");

        assertEquals(
                ExitCode.OK,
                run("--image", image.toString(), "--rects", rects, "--seed", "7", "--out", first.toString()),
                errors());
        assertEquals(
                ExitCode.OK,
                run("--image", image.toString(), "--rects", rects, "--seed", "7", "--out", second.toString()),
                errors());

        assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
    }

    @Test
    void anEmptyMaskFailsWithAMessageAndWritesNothing() throws IOException {
        Path empty = dir.resolve("empty.png");
        ImageIO.write(new BufferedImage(600, 400, BufferedImage.TYPE_BYTE_GRAY), "png", empty.toFile());
        Path result = dir.resolve("result.png");

        assertEquals(
                ExitCode.BAD_INPUT,
                run("--image", image.toString(), "--mask", empty.toString(), "--out", result.toString()));

        assertTrue(errors().contains("marks nothing to repair"), errors());
        assertFalse(Files.exists(result));
    }

    @Test
    void aMaskOfAnotherSizeIsRefusedNamingBothSizes() throws IOException {
        Path small = dir.resolve("small.png");
        ImageIO.write(new BufferedImage(60, 40, BufferedImage.TYPE_BYTE_GRAY), "png", small.toFile());

        assertEquals(
                ExitCode.BAD_INPUT,
                run(
                        "--image",
                        image.toString(),
                        "--mask",
                        small.toString(),
                        "--out",
                        dir.resolve("r.png").toString()));

        assertTrue(errors().contains("60") && errors().contains("600"), errors());
    }

    @Test
    void aMissingImageIsBadInput() {
        assertEquals(
                ExitCode.BAD_INPUT,
                run(
                        "--image",
                        dir.resolve("nope.png").toString(),
                        "--mask",
                        mask.toString(),
                        "--out",
                        dir.resolve("r.png").toString()));
        assertTrue(errors().contains("no such file"), errors());
    }

    @Test
    void aJpegOutputIsConvertedFromTheEnginesPng() throws IOException {
        Path result = dir.resolve("result.jpg");

        assertEquals(
                ExitCode.OK,
                run(
                        "--image",
                        image.toString(),
                        "--mask",
                        mask.toString(),
                        "--method",
                        "telea",
                        "--out",
                        result.toString()),
                errors());

        byte[] bytes = Files.readAllBytes(result);
        assertEquals((byte) 0xFF, bytes[0]);
        assertEquals((byte) 0xD8, bytes[1]);
    }
}
