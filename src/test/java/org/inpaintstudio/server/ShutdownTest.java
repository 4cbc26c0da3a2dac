package org.inpaintstudio.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import okhttp3.Response;
import org.inpaintstudio.backend.FillInpainter;
import org.inpaintstudio.backend.StallingInpainter;
import org.inpaintstudio.backend.TestImages;
import org.junit.jupiter.api.Test;

/** A stop (SIGTERM, Ctrl+C) lets running tasks end within the grace, cancels them after it, and cleans up. */
class ShutdownTest {
    private static CompletableFuture<JsonNode> syncTaskInBackground(ServerHarness harness) {
        return CompletableFuture.supplyAsync(() -> {
            try (Response response =
                    harness.create(ServerHarness.file(ServerHarness.form(), "image_file", TestImages.png(16, 16))
                            .addFormDataPart("rectangles", "[{\"x\":1,\"y\":1,\"width\":3,\"height\":3}]")
                            .addFormDataPart("sync", "1")
                            .build())) {
                return ServerHarness.json(response);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Test
    void aRunningTaskFinishesWithinTheGraceAndItsClientGetsTheResult() throws Exception {
        ServerHarness harness = ServerHarness.start(
                () -> new FillInpainter(0, 500),
                ServerHarness.backendSettings(),
                ServerHarness.settings().withShutdownGrace(Duration.ofSeconds(5)));
        CompletableFuture<JsonNode> answer = syncTaskInBackground(harness);
        waitForTasks(harness);
        Path results = harness.server.resultsDirectory();
        String pollUrl = harness.url(Routes.TASK_PREFIX + "x");

        harness.close();

        JsonNode json = answer.get(5, TimeUnit.SECONDS);
        assertEquals(1, json.at("/data/state").asInt(), json.toString());
        assertFalse(Files.exists(results), "the results are deleted with the server");
        okhttp3.Request poll = new okhttp3.Request.Builder().url(pollUrl).build();
        assertThrows(
                IOException.class, () -> harness.http.newCall(poll).execute().close(), "no new connection is taken");
    }

    @Test
    void aTaskOutlastingTheGraceIsCancelledAndItsClientTold() throws Exception {
        StallingInpainter engine = new StallingInpainter();
        ServerHarness harness = ServerHarness.start(
                () -> engine,
                ServerHarness.backendSettings().withProcessingLimit(Duration.ofSeconds(30)),
                ServerHarness.settings().withShutdownGrace(Duration.ofMillis(200)));
        CompletableFuture<JsonNode> answer = syncTaskInBackground(harness);
        assertTrue(engine.started.await(5, TimeUnit.SECONDS));

        long start = System.nanoTime();
        harness.close();
        long tookMs = (System.nanoTime() - start) / 1_000_000;

        assertTrue(engine.stopped.await(1, TimeUnit.SECONDS), "the engine was stopped");
        assertTrue(tookMs < 3000, "stopped in " + tookMs + " ms");
        JsonNode json = answer.get(5, TimeUnit.SECONDS);
        assertEquals(-1, json.at("/data/state").asInt(), json.toString());
        assertTrue(json.get("message").asText().contains("shutting down"), json.toString());
    }

    private static void waitForTasks(ServerHarness harness) throws InterruptedException {
        for (int i = 0; i < 200 && harness.server.storedTasks() == 0; i++) {
            Thread.sleep(10);
        }
    }
}
