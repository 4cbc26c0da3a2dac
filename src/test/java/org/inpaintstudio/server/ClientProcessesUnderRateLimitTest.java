package org.inpaintstudio.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.inpaintstudio.backend.FillInpainter;
import org.inpaintstudio.backend.TestImages;
import org.inpaintstudio.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Four {@code inpaint --api-url} processes started together against our own service limited to one task a second:
 * each is refused with 429 while the others go first, and each waits it out (jittered back-off, Retry-After)
 * until its task is done, instead of giving up after a few "slow down" answers.
 */
class ClientProcessesUnderRateLimitTest {
    private static final int PROCESSES = 4;

    @TempDir
    Path dir;

    @Test
    void fourClientProcessesAgainstOneTaskASecondAllFinish() throws Exception {
        Path photo = Files.write(dir.resolve("photo.png"), TestImages.png(40, 30));
        try (ServerHarness harness = ServerHarness.start(
                () -> new FillInpainter(0),
                ServerHarness.backendSettings(),
                ServerHarness.settings().withQps(1))) {
            List<Process> clients = new ArrayList<>();
            for (int i = 0; i < PROCESSES; i++) {
                clients.add(inpaintProcess(harness.server.baseUrl(), photo, dir.resolve("out-" + i + ".png"), i));
            }
            for (int i = 0; i < PROCESSES; i++) {
                Process client = clients.get(i);
                assertTrue(client.waitFor(90, TimeUnit.SECONDS), "client " + i + " ended");
                String log = Files.readString(dir.resolve("log-" + i + ".txt"), StandardCharsets.UTF_8);
                assertEquals(0, client.exitValue(), "client " + i + " said:\n" + log);
                assertTrue(Files.size(dir.resolve("out-" + i + ".png")) > 0, log);
                assertTrue(!log.contains(ServerHarness.KEY), "the key stays out of the output");
            }
            long refused =
                    harness.accessLog.stream().filter(l -> l.contains(" 429 ")).count();
            assertTrue(refused > 0, "the service did have to refuse someone: " + harness.accessLog);
        }
    }

    private Process inpaintProcess(String url, Path photo, Path out, int index) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(
                        java,
                        "-Djava.awt.headless=true",
                        "-XX:TieredStopAtLevel=1",
                        "-cp",
                        System.getProperty("java.class.path"),
                        Main.class.getName(),
                        "inpaint",
                        "--api-url",
                        url,
                        "--image",
                        photo.toString(),
                        "--rects",
                        "[{\"x\":5,\"y\":5,\"width\":10,\"height\":8}]",
                        "--out",
                        out.toString(),
                        "--timeout",
                        "60")
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("log-" + index + ".txt").toFile());
        builder.environment().put("INPAINT_API_KEY", ServerHarness.KEY);
        builder.directory(new File(dir.toString()));
        return builder.start();
    }
}
