package org.inpaintstudio.server;

import static org.inpaintstudio.server.RepairAssertions.assertRepaired;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import okhttp3.MultipartBody;
import okhttp3.Response;
import org.inpaintstudio.api.FileUpload;
import org.inpaintstudio.api.ImageSource;
import org.inpaintstudio.api.InpaintRequest;
import org.inpaintstudio.api.MaskSource;
import org.inpaintstudio.api.ReturnType;
import org.inpaintstudio.backend.FillInpainter;
import org.inpaintstudio.backend.StallingInpainter;
import org.inpaintstudio.backend.TestImages;
import org.inpaintstudio.client.Cancellation;
import org.inpaintstudio.client.InpaintClient;
import org.inpaintstudio.client.TaskListener;
import org.inpaintstudio.client.TaskResult;
import org.inpaintstudio.image.MaskRectangle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Many clients at once, the per-key rate limit and the bounded queue. */
class LoadAndLimitsTest {
    private static final String RECTANGLE = "[{\"x\":1,\"y\":1,\"width\":3,\"height\":3}]";

    private ServerHarness harness;

    @AfterEach
    void stop() {
        if (harness != null) {
            harness.close();
        }
    }

    @Test
    void twentyConcurrentTasksAllComeBackWithTheirOwnResult() throws Exception {
        harness = ServerHarness.start(() -> new FillInpainter(RepairAssertions.FILL));
        InpaintClient client = harness.client();
        ExecutorService clients = Executors.newFixedThreadPool(20);
        try {
            List<Future<TaskResult>> futures = new ArrayList<>();
            List<byte[]> images = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                byte[] image = TestImages.png(16 + i, 12);
                images.add(image);
                boolean sync = i % 2 == 0;
                ReturnType type = ReturnType.values()[i % 2 == 0 ? i % 3 : i % 2];
                InpaintRequest request = InpaintRequest.of(
                                new ImageSource.File(new FileUpload(image, "i.png")),
                                new MaskSource.Rectangles(List.of(new MaskRectangle(2, 2, 4, 4))))
                        .withSync(sync)
                        .withReturnType(type);
                futures.add(clients.submit(() -> client.run(request, TaskListener.NONE, new Cancellation())));
            }
            Set<String> ids = new HashSet<>();
            for (int i = 0; i < 20; i++) {
                TaskResult result = futures.get(i).get(30, TimeUnit.SECONDS);
                assertRepaired(images.get(i), result.image(), new MaskRectangle(2, 2, 4, 4));
                if (result.status().taskId() != null) {
                    assertTrue(ids.add(result.status().taskId()), "ids are unique");
                }
            }
        } finally {
            clients.shutdownNow();
        }
    }

    private static MultipartBody form() {
        return ServerHarness.file(ServerHarness.form(), "image_file", TestImages.png(16, 16))
                .addFormDataPart("rectangles", RECTANGLE)
                .build();
    }

    @Test
    void overTheRateLimitIs429WithRetryAfter() throws Exception {
        harness = ServerHarness.start(
                () -> new FillInpainter(0),
                ServerHarness.backendSettings(),
                ServerHarness.settings().withQps(2));
        int accepted = 0;
        Response refused = null;
        for (int i = 0; i < 5 && refused == null; i++) {
            Response response = harness.create(form());
            if (response.code() == 200) {
                accepted++;
                response.close();
            } else {
                refused = response;
            }
        }
        assertEquals(2, accepted, "a burst of qps requests passes");
        try (Response response = refused) {
            assertEquals("1", response.header("Retry-After"));
            RefusalTest.assertRefused(response, 429, "rate limit");
        }
        try (Response poll = harness.get(Routes.TASK_PREFIX + "unknown")) {
            assertEquals(404, poll.code(), "polls are not rate limited");
        }
        Thread.sleep(1100);
        try (Response response = harness.create(form())) {
            assertEquals(200, response.code(), "after Retry-After the key may create again");
        }
    }

    @Test
    void fullQueueIs429WithRetryAfter() throws Exception {
        StallingInpainter engine = new StallingInpainter();
        harness = ServerHarness.start(
                () -> engine,
                ServerHarness.backendSettings()
                        .withWorkers(1)
                        .withMaxQueue(1)
                        .withProcessingLimit(Duration.ofSeconds(10)),
                ServerHarness.settings());
        try (Response first = harness.create(form());
                Response second = harness.create(form());
                Response third = harness.create(form())) {
            assertEquals(200, first.code());
            assertEquals(200, second.code());
            assertEquals(String.valueOf(CreateTaskHandler.QUEUE_FULL_RETRY_SECONDS), third.header("Retry-After"));
            RefusalTest.assertRefused(third, 429, "queue is full");
        }
    }

    @Test
    void serverAnswersAfterClientsGoAwayMidUpload() throws IOException {
        harness = ServerHarness.start(() -> new FillInpainter(0));
        for (int i = 0; i < 10; i++) {
            okhttp3.Call call = harness.http.newCall(new okhttp3.Request.Builder()
                    .url(harness.url(Routes.TASKS))
                    .header("X-API-KEY", ServerHarness.KEY)
                    .post(ServerHarness.file(ServerHarness.form(), "image_file", new byte[5 * 1024 * 1024])
                            .addFormDataPart("rectangles", RECTANGLE)
                            .build())
                    .build());
            call.enqueue(new okhttp3.Callback() {
                @Override
                public void onFailure(okhttp3.Call c, IOException e) {}

                @Override
                public void onResponse(okhttp3.Call c, Response r) {
                    r.close();
                }
            });
            call.cancel();
        }
        try (Response response = harness.create(form())) {
            assertEquals(200, response.code());
        }
    }
}
