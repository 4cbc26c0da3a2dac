package org.inpaintstudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.inpaintstudio.backend.TestImages;
import org.inpaintstudio.batch.BatchJournal;
import org.inpaintstudio.image.ImageFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code batch} as a script runs it: output, summary, exit codes, and the journal a second run resumes from. */
class BatchCommandTest {
    @TempDir
    Path dir;

    private Path in;
    private Path masks;

    private record Run(int code, String out, String err) {}

    private Run batch(boolean terminal, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new BatchCommand(
                        new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8),
                        Map.of(),
                        terminal)
                .run(List.of(args));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private void photos(String... names) throws Exception {
        in = Files.createDirectories(dir.resolve("in"));
        masks = Files.createDirectories(dir.resolve("masks"));
        for (String name : names) {
            Files.write(in.resolve(name + ".png"), TestImages.encoded(40, 30, ImageFormat.PNG));
            Files.write(masks.resolve(name + ".png"), TestImages.maskPng(40, 30, 5, 5, 10, 8));
        }
    }

    @Test
    void aFolderIsFilledWithOnePlainLineAPhotoAndASummaryThatNamesWhatWasNotDone() throws Exception {
        photos("a", "b");
        Files.write(in.resolve("c.png"), TestImages.encoded(40, 30, ImageFormat.PNG));
        Path out = dir.resolve("out");

        Run run = batch(
                false,
                "--input",
                in.toString(),
                "--masks",
                masks.toString(),
                "--out",
                out.toString(),
                "--format",
                "jpg");

        assertEquals(ExitCode.TASK_FAILED, run.code(), "not every photo was done: " + run.out());
        assertTrue(run.out().contains("done a.png ("), run.out());
        assertTrue(run.out().contains("skipped c.png: no mask c.png in " + masks + " (1/3)"), run.out());
        assertTrue(run.out().contains("3 photos: 2 done, 1 skipped."), run.out());
        assertFalse(run.out().contains("\r"), "no progress bar when not a terminal");
        assertEquals(ImageFormat.JPEG, ImageFormat.detect(Files.readAllBytes(out.resolve("a.jpg"))));
        assertTrue(Files.exists(out.resolve("b.jpg")));
        assertTrue(Files.exists(out.resolve(BatchJournal.FILE_NAME)));
    }

    @Test
    void runningTheSameCommandAgainSkipsWhatIsDoneAndEndsWithZeroWhenEverythingIs() throws Exception {
        photos("a", "b");
        Path out = dir.resolve("out");
        String[] args = {"--input", in.toString(), "--masks", masks.toString(), "--out", out.toString()};
        assertEquals(ExitCode.OK, batch(false, args).code());
        byte[] firstResult = Files.readAllBytes(out.resolve("a.png"));

        Run again = batch(false, args);

        assertEquals(ExitCode.OK, again.code(), again.out());
        assertTrue(again.out().contains("already done a.png"), again.out());
        assertTrue(again.out().contains("2 photos: 2 done (2 by an earlier run)."), again.out());
        assertEquals(List.of(firstResult.length), List.of(Files.readAllBytes(out.resolve("a.png")).length));
    }

    @Test
    void onATerminalAProgressBarIsRedrawnInPlace() throws Exception {
        photos("a", "b", "c");

        Run run = batch(
                true,
                "--input",
                in.toString(),
                "--masks",
                masks.toString(),
                "--out",
                dir.resolve("out").toString());

        assertEquals(ExitCode.OK, run.code(), run.out() + run.err());
        assertTrue(run.out().contains("\r[########################] 3/3"), run.out());
        assertTrue(run.out().contains("photos/s  ETA 0:00"), run.out());
        assertFalse(run.out().contains("done a.png"), "done photos only move the bar");
    }

    @Test
    void rectanglesThatDoNotFitAPhotoAreReportedAndTheOthersFilled() throws Exception {
        photos("a");
        Files.write(in.resolve("tiny.png"), TestImages.encoded(12, 12, ImageFormat.PNG));

        Run run = batch(
                false,
                "--input",
                in.toString(),
                "--rects",
                "[{\"x\":5,\"y\":5,\"width\":20,\"height\":10}]",
                "--out",
                dir.resolve("out").toString());

        assertEquals(ExitCode.TASK_FAILED, run.code());
        assertTrue(
                run.out().contains("skipped tiny.png: rectangle 1 (5, 5, 20 x 10) does not fit in the photo (12 x 12)"),
                run.out());
        assertTrue(Files.exists(dir.resolve("out").resolve("a.png")));
    }

    @Test
    void badOptionsAndFoldersExitTwoSayingWhatToWrite() throws Exception {
        photos("a");
        String out = dir.resolve("out").toString();

        assertError(batch(false, "--input", in.toString(), "--out", out), "Give either --masks DIR");
        assertError(
                batch(false, "--input", in.toString(), "--masks", masks.toString(), "--out", out, "--jobs", "0"),
                "--jobs must be a whole number from 1 to 16");
        assertError(
                batch(false, "--input", in.toString(), "--masks", masks.toString(), "--out", out, "--format", "gif"),
                "--format must be same, png or jpg");
        assertError(
                batch(false, "--input", dir.resolve("nope").toString(), "--masks", masks.toString(), "--out", out),
                "there is no such folder");
        assertError(
                batch(false, "--input", in.toString(), "--masks", masks.toString(), "--out", in.toString()),
                "would overwrite the photos");
        assertError(batch(false, "--input", in.toString(), "--rects", "[]", "--out", out), "--rects has no rectangle");
        try (Stream<Path> files = Files.list(in)) {
            assertEquals(1, files.count(), "nothing was written next to the photos");
        }
    }

    private static void assertError(Run run, String text) {
        assertEquals(ExitCode.BAD_INPUT, run.code(), run.out() + run.err());
        assertTrue(run.err().startsWith("error: ") && run.err().contains(text), run.err());
    }
}
