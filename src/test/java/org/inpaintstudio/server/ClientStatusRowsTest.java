package org.inpaintstudio.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.inpaintstudio.api.FileUpload;
import org.inpaintstudio.api.ImageSource;
import org.inpaintstudio.api.InpaintRequest;
import org.inpaintstudio.api.MaskSource;
import org.inpaintstudio.api.TaskState;
import org.inpaintstudio.api.TaskStatus;
import org.inpaintstudio.backend.FillInpainter;
import org.inpaintstudio.backend.StallingInpainter;
import org.inpaintstudio.backend.TestImages;
import org.inpaintstudio.client.ApiKey;
import org.inpaintstudio.client.AuthenticationException;
import org.inpaintstudio.client.BadRequestException;
import org.inpaintstudio.client.Cancellation;
import org.inpaintstudio.client.ClientConfig;
import org.inpaintstudio.client.InpaintClient;
import org.inpaintstudio.client.NotFoundException;
import org.inpaintstudio.client.TaskFailedException;
import org.inpaintstudio.client.TaskListener;
import org.inpaintstudio.client.TaskResult;
import org.inpaintstudio.image.MaskRectangle;
import org.junit.jupiter.api.Test;

/**
 * The refusals of API.md's status table as the project's client meets them from {@code serve}. (413 and most
 * 400s never reach the server from this client: its validator refuses them first; RefusalTest sends them raw.)
 */
class ClientStatusRowsTest {
    private static final InpaintRequest REQUEST = InpaintRequest.of(
            new ImageSource.File(new FileUpload(TestImages.png(20, 20), "a.png")),
            new MaskSource.Rectangles(List.of(new MaskRectangle(1, 1, 4, 4))));

    @Test
    void status400ForWhatOnlyTheServerRefusesAnOssUrl() throws Exception {
        try (ServerHarness harness = ServerHarness.start(() -> new FillInpainter(0))) {
            BadRequestException e = assertThrows(
                    BadRequestException.class,
                    () -> harness.client()
                            .run(
                                    REQUEST.withImage(new ImageSource.Url("oss://bucket/a.png")),
                                    TaskListener.NONE,
                                    new Cancellation()));
            assertEquals(400, e.error().httpStatus());
            assertTrue(e.getMessage().contains("signed https URL"), e.getMessage());
        }
    }

    @Test
    void status401ForAWrongKey() throws Exception {
        try (ServerHarness harness = ServerHarness.start(() -> new FillInpainter(0))) {
            AuthenticationException e = assertThrows(
                    AuthenticationException.class,
                    () -> harness.client("not-the-key").run(REQUEST, TaskListener.NONE, new Cancellation()));
            assertEquals(401, e.error().httpStatus());
            assertTrue(!e.getMessage().contains("not-the-key"), "the key stays out of messages");
        }
    }

    @Test
    void status404ForAnUnknownTask() throws Exception {
        try (ServerHarness harness = ServerHarness.start(() -> new FillInpainter(0))) {
            NotFoundException e = assertThrows(
                    NotFoundException.class,
                    () -> harness.client().status("6b664b37-962d-4a82-8c14-4a046df46e15", new Cancellation()));
            assertEquals(404, e.error().httpStatus());
        }
    }

    @Test
    void status429IsWaitedOutByTheClientThroughRetryAfter() throws Exception {
        try (ServerHarness harness = ServerHarness.start(
                () -> new FillInpainter(0),
                ServerHarness.backendSettings(),
                ServerHarness.settings().withQps(1))) {
            ClientConfig config = ClientConfig.defaults(harness.server.baseUrl(), ApiKey.of(ServerHarness.KEY))
                    .withRequestsPerSecond(100)
                    .withRetries(3, Duration.ofMillis(50), Duration.ofSeconds(2))
                    .withPolling(Duration.ofMillis(20), 1.2, Duration.ofMillis(100));
            InpaintClient client = new InpaintClient(config);
            long start = System.nanoTime();
            TaskResult first = client.run(REQUEST.withSync(true), TaskListener.NONE, new Cancellation());
            TaskResult second = client.run(REQUEST.withSync(true), TaskListener.NONE, new Cancellation());
            long tookMs = (System.nanoTime() - start) / 1_000_000;
            assertEquals(TaskState.DONE, first.status().state());
            assertEquals(TaskState.DONE, second.status().state());
            assertTrue(tookMs >= 900, "the second create waited for Retry-After: " + tookMs + " ms");
            assertTrue(harness.accessLog.stream().anyMatch(l -> l.contains(" 429 ")), harness.accessLog.toString());
        }
    }

    @Test
    void aSyncRequestOutlastingTheSyncWaitIsAnsweredUnfinishedAndPolled() throws Exception {
        StallingInpainter engine = new StallingInpainter();
        try (ServerHarness harness = ServerHarness.start(
                () -> engine,
                ServerHarness.backendSettings().withProcessingLimit(Duration.ofMillis(700)),
                ServerHarness.settings().withSyncWait(Duration.ofMillis(200)))) {
            List<TaskStatus> seen = new CopyOnWriteArrayList<>();
            TaskFailedException e = assertThrows(
                    TaskFailedException.class,
                    () -> harness.client().run(REQUEST.withSync(true), seen::add, new Cancellation()));
            assertEquals(TaskState.TIMED_OUT, e.state());
            assertEquals(TaskState.PROCESSING, seen.get(0).state(), "the sync answer came unfinished: " + seen);
        }
    }
}
