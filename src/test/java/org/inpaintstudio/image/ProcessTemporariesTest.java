package org.inpaintstudio.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a killed process left beside a file is removed by the next save; what a live one writes is left alone. */
class ProcessTemporariesTest {
    private static long deadPid;
    private static final long OWN_PID = ProcessHandle.current().pid();

    @TempDir
    Path dir;

    @BeforeAll
    static void aProcessThatHasEnded() throws Exception {
        Process process = new ProcessBuilder("java", "-version")
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        process.waitFor();
        deadPid = process.pid();
    }

    @Test
    void aSaveRemovesTheTemporaryOfAKilledRunAndKeepsTheRest() throws IOException {
        Path dead = Files.writeString(dir.resolve(".out.png." + deadPid + "-123.tmp"), "half");
        Path live = Files.writeString(dir.resolve(".out.png." + OWN_PID + "-456.tmp"), "being written");
        Path oldStyle = Files.writeString(dir.resolve(".out.png.789.tmp"), "unknown owner");
        Path otherFile = Files.writeString(dir.resolve(".other.png." + deadPid + "-1.tmp"), "another file's");
        byte[] png = ImageSamples.encodeWithImageIo(
                new java.awt.image.BufferedImage(4, 4, java.awt.image.BufferedImage.TYPE_INT_RGB), "png");

        ImageFiles.writeEncoded(png, dir.resolve("out.png"));

        assertArrayEquals(png, Files.readAllBytes(dir.resolve("out.png")));
        assertFalse(Files.exists(dead));
        for (Path kept : List.of(live, oldStyle, otherFile)) {
            assertTrue(Files.exists(kept), kept + " was removed");
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(4, files.count(), "no temporary of this save is left");
        }
    }

    @Test
    void foldersAreRemovedWithEverythingInThem() throws IOException {
        Path dead = Files.createDirectories(dir.resolve("inpaint-serve-" + deadPid + "-42/uploads"));
        Files.writeString(dead.resolve("part"), "x");
        Path live = Files.createDirectories(dir.resolve("inpaint-serve-" + OWN_PID + "-43"));

        assertEquals(1, ProcessTemporaries.removeStale(dir, "inpaint-serve-"));

        assertFalse(Files.exists(dead.getParent()));
        assertTrue(Files.exists(live));
    }

    @Test
    void onlyNamesOfTheRightShapeCarryAPid() {
        assertEquals(77L, ProcessTemporaries.pidOf(".a.png.77-1.tmp", ".a.png."));
        assertNull(ProcessTemporaries.pidOf(".a.png.1234.tmp", ".a.png."));
        assertNull(ProcessTemporaries.pidOf(".a.png.x7-1.tmp", ".a.png."));
        assertNull(ProcessTemporaries.pidOf(".b.png.77-1.tmp", ".a.png."));
    }
}
