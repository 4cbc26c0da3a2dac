package org.inpaintstudio.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Saves onto a real small disk that is full or read-only. Needs root to mount it (as on the CI machine, where the
 * permission tests cannot run because root may write anywhere); elsewhere these are skipped and say why.
 */
class DiskFailureTest {
    private static final byte[] OLD_CONTENT = "the designer's earlier result".getBytes();

    @TempDir
    Path folder;

    private SmallDisk disk;

    @BeforeEach
    void mountASmallDisk() throws Exception {
        disk = SmallDisk.mount(folder);
        assumeTrue(disk != null, "cannot mount a tmpfs here (needs root on Linux)");
    }

    @AfterEach
    void unmount() throws Exception {
        if (disk != null) {
            disk.close();
        }
    }

    @Test
    void aFullDiskNamesTheProblemAndLeavesTheEarlierFileAsItWas() throws IOException {
        Path target = Files.write(disk.folder().resolve("result.png"), OLD_CONTENT);
        BufferedImage noise = noise(512, 512); // about 780 KB as PNG: cannot fit

        ImageWriteException e = assertThrows(
                ImageWriteException.class,
                () -> ImageFiles.write(noise, target, ImageFormat.PNG, ImageWriteOptions.DEFAULT));

        assertEquals(
                "Cannot save result.png: the disk is full; free some space or save to another drive", e.getMessage());
        assertArrayEquals(OLD_CONTENT, Files.readAllBytes(target));
        assertEquals(List.of("result.png"), List.of(disk.folder().toFile().list()), "no temporary file is left behind");
    }

    @Test
    void aReadOnlyDriveNamesTheProblemAndLeavesTheEarlierFileAsItWas() throws Exception {
        Path target = Files.write(disk.folder().resolve("result.png"), OLD_CONTENT);
        assumeTrue(disk.makeReadOnly(), "cannot remount read-only here");

        ImageWriteException e = assertThrows(
                ImageWriteException.class,
                () -> ImageFiles.write(noise(8, 8), target, ImageFormat.PNG, ImageWriteOptions.DEFAULT));

        assertEquals("Cannot save result.png: the drive is read-only; save to another drive", e.getMessage());
        assertArrayEquals(OLD_CONTENT, Files.readAllBytes(target));
    }

    /** Random pixels: PNG cannot compress them. */
    private static BufferedImage noise(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(7);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, random.nextInt(1 << 24));
            }
        }
        return image;
    }
}
