package org.inpaintstudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.inpaintstudio.backend.TestImages;
import org.inpaintstudio.batch.BatchJournal;
import org.inpaintstudio.image.ImageFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A batch process killed with SIGKILL in the middle (as by a power cut) leaves whole results and a journal; the
 * same command run again does only what is left, and no half-written file stays behind.
 */
class BatchResumeAfterKillTest {
    private static final int PHOTOS = 24;

    @TempDir
    Path dir;

    @Test
    void aBatchKilledHalfwayResumesWithTheDonePhotosKeptAndNothingHalfWritten() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Path masks = Files.createDirectories(dir.resolve("masks"));
        Path out = dir.resolve("out");
        for (int i = 0; i < PHOTOS; i++) {
            String name = String.format("p%02d.png", i);
            Files.write(in.resolve(name), TestImages.encoded(400, 300, ImageFormat.PNG));
            Files.write(masks.resolve(name), TestImages.maskPng(400, 300, 150, 100, 110, 110));
        }
        List<String> args = List.of("--input", in.toString(), "--masks", masks.toString(), "--out", out.toString());

        Process batch = batchProcess(args);
        Path journal = out.resolve(BatchJournal.FILE_NAME);
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (doneLines(journal) < 2 && batch.isAlive() && System.nanoTime() < until) {
            Thread.sleep(10);
        }
        batch.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        int doneBeforeKill = doneLines(journal);
        assertTrue(
                doneBeforeKill >= 2 && doneBeforeKill < PHOTOS,
                "killed in the middle: " + doneBeforeKill + " of " + PHOTOS);

        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        int code = new BatchCommand(
                        new PrintStream(stdout, true, StandardCharsets.UTF_8),
                        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                        Map.of(),
                        false)
                .run(args);

        String said = stdout.toString(StandardCharsets.UTF_8);
        assertEquals(ExitCode.OK, code, said);
        assertTrue(said.contains(PHOTOS + " photos: " + PHOTOS + " done ("), said);
        int reused = Integer.parseInt(said.replaceAll("(?s).* done \\((\\d+) by an earlier run\\).*", "$1"));
        assertTrue(reused >= doneBeforeKill, reused + " reused, " + doneBeforeKill + " journaled before the kill");
        try (Stream<Path> files = Files.list(out)) {
            List<String> names =
                    files.map(f -> f.getFileName().toString()).sorted().toList();
            assertEquals(PHOTOS + 1, names.size(), "the results and the journal, no temporaries: " + names);
        }
        for (int i = 0; i < PHOTOS; i++) {
            byte[] result = Files.readAllBytes(out.resolve(String.format("p%02d.png", i)));
            assertEquals(400, TestImages.decode(result).getWidth(), "every result is whole");
        }
    }

    private static int doneLines(Path journal) throws Exception {
        if (!Files.exists(journal)) {
            return 0;
        }
        String text = new String(Files.readAllBytes(journal), StandardCharsets.UTF_8);
        return (int) text.lines().filter(l -> l.startsWith("done\t")).count();
    }

    private Process batchProcess(List<String> args) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new java.util.ArrayList<>(List.of(
                java,
                "-Djava.awt.headless=true",
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName(),
                "batch"));
        command.addAll(args);
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("killed-run.txt").toFile())
                .start();
    }
}
