package org.inpaintstudio.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.inpaintstudio.backend.FillInpainter;
import org.inpaintstudio.backend.TestImages;
import org.inpaintstudio.batch.BatchJournal;
import org.inpaintstudio.cli.CommandLine;
import org.inpaintstudio.cli.ExitCode;
import org.inpaintstudio.image.ImageFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code batch --api-url} against our own service: every photo through the API, the key nowhere in what is left. */
class BatchOnServiceTest {
    @TempDir
    Path dir;

    @Test
    void aFolderIsFilledOnTheServiceOneSynchronousRequestAPhotoAndTheKeyStaysOutOfOutputAndJournal() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Path masks = Files.createDirectories(dir.resolve("masks"));
        for (String name : new String[] {"a", "b", "c", "d"}) {
            Files.write(in.resolve(name + ".png"), TestImages.encoded(40, 30, ImageFormat.PNG));
            Files.write(masks.resolve(name + ".png"), TestImages.maskPng(40, 30, 5, 5, 10, 8));
        }
        Path out = dir.resolve("out");
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        try (ServerHarness harness = ServerHarness.start(
                () -> new FillInpainter(0xFF00FF00),
                ServerHarness.backendSettings(),
                ServerHarness.settings().withQps(20))) {
            int code = new CommandLine(
                            new PrintStream(stdout, true, StandardCharsets.UTF_8),
                            new PrintStream(stderr, true, StandardCharsets.UTF_8),
                            Map.of("INPAINT_API_KEY", ServerHarness.KEY))
                    .run(new String[] {
                        "batch",
                        "--input",
                        in.toString(),
                        "--masks",
                        masks.toString(),
                        "--out",
                        out.toString(),
                        "--api-url",
                        harness.server.baseUrl(),
                        "--jobs",
                        "3",
                        "--qps",
                        "10"
                    });

            String said = stdout.toString(StandardCharsets.UTF_8) + stderr.toString(StandardCharsets.UTF_8);
            assertEquals(ExitCode.OK, code, said);
            assertTrue(said.contains("4 photos: 4 done."), said);
            long creates = harness.accessLog.stream()
                    .filter(l -> l.contains("POST /api/tasks/visual/inpaint"))
                    .count();
            assertEquals(4, creates, "one create a photo: " + harness.accessLog);
            assertFalse(harness.accessLog.stream().anyMatch(l -> l.contains("GET ")), "no polls, no downloads");
            assertFalse(said.contains(ServerHarness.KEY));
            assertFalse(Files.readString(out.resolve(BatchJournal.FILE_NAME)).contains(ServerHarness.KEY));
        }
        int filled = TestImages.decode(Files.readAllBytes(out.resolve("c.png"))).getRGB(8, 8);
        assertEquals(0xFF00FF00, filled, "the service's fill is in the result");
    }
}
