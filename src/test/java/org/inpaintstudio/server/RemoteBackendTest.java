package org.inpaintstudio.server;

import static org.inpaintstudio.server.RepairAssertions.assertRepaired;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.inpaintstudio.api.FileUpload;
import org.inpaintstudio.api.ImageSource;
import org.inpaintstudio.api.InpaintRequest;
import org.inpaintstudio.api.InvalidRequestException;
import org.inpaintstudio.api.MaskSource;
import org.inpaintstudio.api.TaskState;
import org.inpaintstudio.api.TaskStatus;
import org.inpaintstudio.backend.FillInpainter;
import org.inpaintstudio.backend.InpaintTask;
import org.inpaintstudio.backend.RemoteBackend;
import org.inpaintstudio.backend.StallingInpainter;
import org.inpaintstudio.backend.TaskOutcome;
import org.inpaintstudio.backend.TestImages;
import org.inpaintstudio.client.AuthenticationException;
import org.inpaintstudio.image.ImageFormat;
import org.inpaintstudio.image.MaskRectangle;
import org.junit.jupiter.api.Test;

/** RemoteBackend over the project's client, against {@code serve}: the same life cycle as the local backend. */
class RemoteBackendTest {
    private static final MaskRectangle AREA = new MaskRectangle(3, 3, 6, 5);
    private static final byte[] IMAGE = TestImages.png(24, 20);

    private static InpaintRequest request(byte[] image) {
        return InpaintRequest.of(
                new ImageSource.File(new FileUpload(image, "a.png")), new MaskSource.Rectangles(List.of(AREA)));
    }

    private static TaskOutcome await(InpaintTask task) throws Exception {
        return task.outcome().toCompletableFuture().get(20, TimeUnit.SECONDS);
    }

    @Test
    void runsATaskToItsResultReportingEveryStatus() throws Exception {
        try (ServerHarness harness = ServerHarness.start(() -> new FillInpainter(RepairAssertions.FILL, 100));
                RemoteBackend backend = new RemoteBackend(harness.client(), Runnable::run, 2)) {
            List<TaskStatus> seen = new CopyOnWriteArrayList<>();
            InpaintTask task = backend.submit(request(IMAGE), seen::add);
            TaskOutcome outcome = await(task);

            assertTrue(outcome.succeeded());
            assertEquals(ImageFormat.PNG, outcome.result().format());
            assertRepaired(IMAGE, outcome.result().bytes(), AREA);
            assertEquals(outcome.status().taskId(), task.id());
            assertEquals(TaskState.DONE, seen.get(seen.size() - 1).state());
            assertTrue(seen.stream().anyMatch(s -> s.state() == TaskState.PROCESSING), seen.toString());
        }
    }

    @Test
    void aFailedTaskEndsInItsState() throws Exception {
        try (ServerHarness harness = ServerHarness.start(() -> new FillInpainter(0));
                RemoteBackend backend = new RemoteBackend(harness.client(), Runnable::run, 1)) {
            TaskOutcome outcome = await(backend.submit(request(Arrays.copyOf(TestImages.png(64, 64), 120)), s -> {}));
            assertEquals(TaskState.INVALID_IMAGE, outcome.status().state());
            assertTrue(outcome.message().contains("-7"), outcome.message());
        }
    }

    @Test
    void refusalsAndInvalidRequestsCompleteExceptionally() throws Exception {
        try (ServerHarness harness = ServerHarness.start(() -> new FillInpainter(0));
                RemoteBackend wrongKey = new RemoteBackend(harness.client("wrong-key"), Runnable::run, 1)) {
            ExecutionException refused =
                    assertThrows(ExecutionException.class, () -> await(wrongKey.submit(request(IMAGE), s -> {})));
            assertTrue(
                    refused.getCause() instanceof AuthenticationException,
                    refused.getCause().toString());
            InpaintRequest empty = InpaintRequest.of(
                    new ImageSource.File(new FileUpload(IMAGE, "a.png")), new MaskSource.Rectangles(List.of()));
            ExecutionException invalid =
                    assertThrows(ExecutionException.class, () -> await(wrongKey.submit(empty, s -> {})));
            assertTrue(
                    invalid.getCause() instanceof InvalidRequestException,
                    invalid.getCause().toString());
        }
    }

    @Test
    void cancellingStopsFollowingTheTask() throws Exception {
        StallingInpainter engine = new StallingInpainter();
        try (ServerHarness harness = ServerHarness.start(
                        () -> engine,
                        ServerHarness.backendSettings().withProcessingLimit(Duration.ofSeconds(10)),
                        ServerHarness.settings());
                RemoteBackend backend = new RemoteBackend(harness.client(), Runnable::run, 1)) {
            InpaintTask task = backend.submit(request(IMAGE), s -> {});
            assertTrue(engine.started.await(5, TimeUnit.SECONDS));
            task.cancel();
            assertThrows(CancellationException.class, () -> await(task));
        }
    }
}
