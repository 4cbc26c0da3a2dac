package org.inpaintstudio.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import okhttp3.MultipartBody;
import okhttp3.Response;
import okhttp3.mockwebserver.MockResponse;
import okio.Buffer;
import org.inpaintstudio.api.FileUpload;
import org.inpaintstudio.api.ImageSource;
import org.inpaintstudio.api.InpaintRequest;
import org.inpaintstudio.api.MaskSource;
import org.inpaintstudio.api.TaskState;
import org.inpaintstudio.backend.FillInpainter;
import org.inpaintstudio.backend.StallingInpainter;
import org.inpaintstudio.backend.TestImages;
import org.inpaintstudio.client.Cancellation;
import org.inpaintstudio.client.HostAllowList;
import org.inpaintstudio.client.TaskFailedException;
import org.inpaintstudio.client.TaskListener;
import org.inpaintstudio.image.MaskRectangle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every state of API.md's table that a task can end or wait in, through the project's client and raw polls. */
class ServedTaskStatesTest {
    private static final byte[] IMAGE = TestImages.png(20, 20);
    private static final MaskSource RECTANGLES = new MaskSource.Rectangles(List.of(new MaskRectangle(2, 2, 5, 5)));
    private static final String RECTANGLES_JSON = "[{\"x\":2,\"y\":2,\"width\":5,\"height\":5}]";

    private ImageHost host;
    private ServerHarness harness;

    @BeforeEach
    void startHost() throws IOException {
        host = new ImageHost();
    }

    @AfterEach
    void stop() throws IOException {
        if (harness != null) {
            harness.close();
        }
        host.close();
    }

    private ServerHarness fillServer() throws IOException {
        harness = ServerHarness.start(
                () -> new FillInpainter(RepairAssertions.FILL),
                ServerHarness.backendSettings()
                        .withFetchTimeout(Duration.ofMillis(500))
                        .withProcessingLimit(Duration.ofMillis(400)),
                ServerHarness.settings());
        return harness;
    }

    private TaskFailedException failure(InpaintRequest request) {
        return assertThrows(
                TaskFailedException.class, () -> harness.client().run(request, TaskListener.NONE, new Cancellation()));
    }

    private static InpaintRequest fromUrl(String url) {
        return InpaintRequest.of(new ImageSource.Url(url), RECTANGLES);
    }

    /** Creates a task from a raw form, polls it to its end, answers the final JSON. */
    private JsonNode finalJson(MultipartBody.Builder form) throws Exception {
        String id;
        try (Response response = harness.create(form.build())) {
            JsonNode json = ServerHarness.json(response);
            assertEquals(200, response.code(), json.toString());
            id = json.at("/data/task_id").asText();
        }
        for (int i = 0; i < 200; i++) {
            try (Response response = harness.get(Routes.TASK_PREFIX + id)) {
                JsonNode json = ServerHarness.json(response);
                int state = json.at("/data/state").asInt();
                if (state == 1 || state < 0) {
                    return json;
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the task did not finish");
    }

    @Test
    void imageUrlThatAnswers404EndsDownloadFailedWithTheOneGenericMessage() throws Exception {
        fillServer();
        TaskFailedException e = failure(fromUrl(host.url("/missing.png")));
        assertEquals(TaskState.IMAGE_URL_DOWNLOAD_FAILED, e.state());
        assertEquals(0, e.status().progress());

        JsonNode json = finalJson(ServerHarness.form()
                .addFormDataPart("image_url", host.url("/missing.png"))
                .addFormDataPart("rectangles", RECTANGLES_JSON));
        assertEquals(-3, json.at("/data/state").asInt());
        assertEquals(200, json.get("status").asInt());
        // The same words as for a refused address or a closed port: answers must not map the server's networks.
        assertTrue(json.get("message").asText().contains("could not be downloaded"), json.toString());
        assertFalse(json.get("message").asText().contains("404"), json.toString());
        assertTrue(json.at("/data/processed_at").asLong() > 0, json.toString());
        assertTrue(json.at("/data/completed_at").isMissingNode(), "only a done task has completed_at");
    }

    @Test
    void slowImageUrlEndsDownloadFailedAfterTheTimeout() throws Exception {
        fillServer();
        host.route(
                "/slow.png",
                () -> new MockResponse()
                        .setBody(new Buffer().write(IMAGE))
                        .throttleBody(IMAGE.length / 3, 500, TimeUnit.MILLISECONDS));
        assertEquals(
                TaskState.IMAGE_URL_DOWNLOAD_FAILED,
                failure(fromUrl(host.url("/slow.png"))).state());
    }

    @Test
    void redirectLoopEndsDownloadFailed() throws Exception {
        fillServer();
        host.route("/loop.png", () -> new MockResponse().setResponseCode(302).setHeader("Location", "/loop.png"));
        assertEquals(
                TaskState.IMAGE_URL_DOWNLOAD_FAILED,
                failure(fromUrl(host.url("/loop.png"))).state());
        assertTrue(host.requestCount() <= 6 + 1, "bounded: " + host.requestCount() + " requests");
    }

    @Test
    void imageUrlOverFifteenMegabytesEndsTooLarge() throws Exception {
        fillServer();
        byte[] big = new byte[15 * 1024 * 1024 + 1];
        host.serve("/big.png", big);
        assertEquals(
                TaskState.IMAGE_URL_TOO_LARGE,
                failure(fromUrl(host.url("/big.png"))).state());
    }

    @Test
    void maskUrlFailuresEndTheSameWay() throws Exception {
        fillServer();
        InpaintRequest request = InpaintRequest.of(
                new ImageSource.File(new FileUpload(IMAGE, "a.png")), new MaskSource.Url(host.url("/no-mask.png")));
        assertEquals(TaskState.IMAGE_URL_DOWNLOAD_FAILED, failure(request).state());
    }

    @Test
    void hostsOutsideTheAllowListAreNotFetched() throws Exception {
        harness = ServerHarness.start(
                () -> new FillInpainter(0),
                ServerHarness.backendSettings().withAllowUrlHosts(HostAllowList.of(List.of("images.example.com"))),
                ServerHarness.settings());
        host.serve("/ok.png", IMAGE);
        JsonNode json = finalJson(ServerHarness.form()
                .addFormDataPart("image_url", host.url("/ok.png"))
                .addFormDataPart("rectangles", RECTANGLES_JSON));
        assertEquals(-3, json.at("/data/state").asInt());
        assertTrue(json.get("message").asText().contains("could not be downloaded"), json.toString());
        assertEquals(0, host.requestCount());
    }

    @Test
    void aDownloadedMaskOverTheWholeImageEndsInvalidNotInABlackResult() throws Exception {
        fillServer();
        host.serve("/white.png", TestImages.maskPng(64, 64, 0, 0, 64, 64));
        MultipartBody.Builder form = ServerHarness.form().addFormDataPart("mask_url", host.url("/white.png"));
        ServerHarness.file(form, "image_file", TestImages.png(64, 64));
        JsonNode json = finalJson(form);
        assertEquals(-7, json.at("/data/state").asInt(), json.toString());
        assertTrue(json.get("message").asText().contains("marks the whole image"), json.toString());
    }

    @Test
    void brokenImageEndsInvalid() throws Exception {
        fillServer();
        byte[] truncated = Arrays.copyOf(TestImages.png(64, 64), 100);
        TaskFailedException e =
                failure(InpaintRequest.of(new ImageSource.File(new FileUpload(truncated, "a.png")), RECTANGLES));
        assertEquals(TaskState.INVALID_IMAGE, e.state());
    }

    @Test
    void randomBytesAreAcceptedAndEndInvalid() throws Exception {
        fillServer();
        byte[] noise = new byte[2000];
        new Random(3).nextBytes(noise);
        JsonNode json = finalJson(ServerHarness.file(ServerHarness.form(), "image_file", noise)
                .addFormDataPart("rectangles", RECTANGLES_JSON));
        assertEquals(-7, json.at("/data/state").asInt());
        assertEquals(0, json.at("/data/progress").asInt());
    }

    @Test
    void processingOverTheLimitEndsTimedOutAndTheEngineStops() throws Exception {
        StallingInpainter engine = new StallingInpainter();
        harness = ServerHarness.start(
                () -> engine,
                ServerHarness.backendSettings().withProcessingLimit(Duration.ofMillis(300)),
                ServerHarness.settings());
        TaskFailedException e =
                failure(InpaintRequest.of(new ImageSource.File(new FileUpload(IMAGE, "a.png")), RECTANGLES)
                        .withSync(true));
        assertEquals(TaskState.TIMED_OUT, e.state());
        assertTrue(engine.stopped.await(1, TimeUnit.SECONDS), "the engine was stopped");
    }

    @Test
    void engineFailureEndsRepairFailed() throws Exception {
        harness = ServerHarness.start(() -> (image, mask, sourceArea, progress, cancel) -> {
            throw new IllegalStateException("engine broke");
        });
        assertEquals(
                TaskState.REPAIR_FAILED,
                failure(InpaintRequest.of(new ImageSource.File(new FileUpload(IMAGE, "a.png")), RECTANGLES))
                        .state());
    }

    @Test
    void resultThatCannotBeStoredEndsStorageFailed() throws Exception {
        fillServer();
        Files.delete(harness.server.resultsDirectory());
        assertEquals(
                TaskState.RESULT_STORAGE_FAILED,
                failure(InpaintRequest.of(new ImageSource.File(new FileUpload(IMAGE, "a.png")), RECTANGLES))
                        .state());
    }

    @Test
    void waitingTasksReportQueuedAndPreparing() throws Exception {
        StallingInpainter engine = new StallingInpainter();
        harness = ServerHarness.start(
                () -> engine,
                ServerHarness.backendSettings().withWorkers(1).withProcessingLimit(Duration.ofSeconds(10)),
                ServerHarness.settings());
        host.route(
                "/slow.png",
                () -> new MockResponse()
                        .setBody(new Buffer().write(IMAGE))
                        .throttleBody(IMAGE.length / 4, 200, TimeUnit.MILLISECONDS));
        String preparing = createdId(ServerHarness.form()
                .addFormDataPart("image_url", host.url("/slow.png"))
                .addFormDataPart("rectangles", RECTANGLES_JSON));
        String queued = createdId(ServerHarness.file(ServerHarness.form(), "image_file", IMAGE)
                .addFormDataPart("rectangles", RECTANGLES_JSON));
        assertEquals(2, state(preparing));
        assertEquals(0, state(queued));
        assertTrue(engine.started.await(5, TimeUnit.SECONDS));
        assertEquals(4, state(preparing));
        assertEquals(0, state(queued));
    }

    private String createdId(MultipartBody.Builder form) throws IOException {
        try (Response response = harness.create(form.build())) {
            return ServerHarness.json(response).at("/data/task_id").asText();
        }
    }

    private int state(String id) throws IOException {
        try (Response response = harness.get(Routes.TASK_PREFIX + id)) {
            return ServerHarness.json(response).at("/data/state").asInt();
        }
    }

    @Test
    void finishedTasksAndTheirResultsExpire() throws Exception {
        harness = ServerHarness.start(
                () -> new FillInpainter(0),
                ServerHarness.backendSettings(),
                ServerHarness.settings().withRetention(new ResultRetention(Duration.ofMillis(300), 100, 1 << 30)));
        JsonNode done;
        try (Response response = harness.create(ServerHarness.file(ServerHarness.form(), "image_file", IMAGE)
                .addFormDataPart("rectangles", RECTANGLES_JSON)
                .addFormDataPart("sync", "1")
                .build())) {
            done = ServerHarness.json(response);
        }
        String id = done.at("/data/task_id").asText();
        String resultPath = done.at("/data/image")
                .asText()
                .substring(harness.server.baseUrl().length());
        try (Response response = harness.get(resultPath)) {
            assertEquals(200, response.code());
            assertEquals("image/png", response.header("Content-Type"));
        }
        Thread.sleep(600);
        try (Response response = harness.get(Routes.TASK_PREFIX + id)) {
            RefusalTest.assertRefused(response, 404, "task_id");
        }
        try (Response response = harness.get(resultPath)) {
            assertEquals(404, response.code());
        }
        assertEquals(0, harness.server.resultFiles(), "the result file is deleted");
    }

    @Test
    void theOldestResultsGoFirstWhenTheStoreIsFull() throws Exception {
        harness = ServerHarness.start(
                () -> new FillInpainter(0),
                ServerHarness.backendSettings(),
                ServerHarness.settings().withRetention(new ResultRetention(Duration.ofHours(1), 2, 1 << 30)));
        String first = syncTaskId();
        String second = syncTaskId();
        String third = syncTaskId();
        try (Response response = harness.get(Routes.TASK_PREFIX + first)) {
            assertEquals(404, response.code());
        }
        for (String kept : List.of(second, third)) {
            try (Response response = harness.get(Routes.TASK_PREFIX + kept)) {
                assertEquals(200, response.code());
            }
        }
        assertEquals(2, harness.server.resultFiles());
        assertFalse(first.equals(third));
    }

    private String syncTaskId() throws IOException {
        return createdId(ServerHarness.file(ServerHarness.form(), "image_file", IMAGE)
                .addFormDataPart("rectangles", RECTANGLES_JSON)
                .addFormDataPart("sync", "1"));
    }
}
