package org.inpaintstudio.backend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.inpaintstudio.api.FileUpload;
import org.inpaintstudio.api.ImageSource;
import org.inpaintstudio.api.InpaintRequest;
import org.inpaintstudio.api.MaskSource;
import org.inpaintstudio.api.TaskState;
import org.inpaintstudio.api.TaskStatus;
import org.inpaintstudio.client.HostAllowList;
import org.inpaintstudio.engine.Inpainter;
import org.inpaintstudio.image.ImageFormat;
import org.inpaintstudio.image.MaskRectangle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class LocalBackendTest {
    private static final int RED = 0xFF0000;
    private static final LocalBackendSettings FAST =
            LocalBackendSettings.defaults().withWorkers(1).withMaxQueue(2).withProcessingLimit(Duration.ofMillis(300));

    private final List<TaskStatus> updates = new CopyOnWriteArrayList<>(); // read by waitUntil while workers add
    private LocalBackend backend;

    @AfterEach
    void shutDown() {
        if (backend != null) {
            backend.close();
        }
    }

    private LocalBackend start(Supplier<Inpainter> engine, LocalBackendSettings settings) {
        backend = new LocalBackend(engine, settings, Runnable::run);
        return backend;
    }

    private static InpaintRequest request(byte[] image, MaskRectangle... rectangles) {
        return InpaintRequest.of(
                new ImageSource.File(new FileUpload(image, "photo")), new MaskSource.Rectangles(List.of(rectangles)));
    }

    private static TaskOutcome await(InpaintTask task) throws Exception {
        return task.outcome().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    @Test
    void goesThroughTheLifeCycleAndRepairsOnlyTheMask() throws Exception {
        start(() -> new FillInpainter(RED), FAST);
        byte[] png = TestImages.png(40, 30);
        InpaintTask task = backend.submit(request(png, new MaskRectangle(10, 5, 8, 6)), updates::add);

        TaskOutcome outcome = await(task);

        assertTrue(outcome.succeeded(), outcome.message());
        List<TaskState> states =
                updates.stream().map(TaskStatus::state).distinct().toList();
        assertEquals(List.of(TaskState.QUEUED, TaskState.PREPARING, TaskState.PROCESSING, TaskState.DONE), states);
        List<Integer> processing = updates.stream()
                .filter(s -> s.state() == TaskState.PROCESSING)
                .map(TaskStatus::progress)
                .toList();
        assertTrue(processing.size() > 2, "progress rises: " + processing);
        for (int i = 1; i < processing.size(); i++) {
            assertTrue(processing.get(i) > processing.get(i - 1), "progress rises: " + processing);
        }
        TaskStatus done = outcome.status();
        assertEquals(task.id(), done.taskId());
        assertEquals(100, done.progress());
        assertNotNull(done.createdAt());
        assertNotNull(done.processedAt());
        assertNotNull(done.completedAt());

        assertEquals(ImageFormat.PNG, outcome.result().format());
        BufferedImage in = TestImages.decode(png);
        BufferedImage out = TestImages.decode(outcome.result().bytes());
        assertEquals(40, out.getWidth());
        assertEquals(30, out.getHeight());
        for (int y = 0; y < 30; y++) {
            for (int x = 0; x < 40; x++) {
                boolean inMask = x >= 10 && x < 18 && y >= 5 && y < 11;
                int expected = inMask ? RED : in.getRGB(x, y) & 0xFFFFFF;
                assertEquals(expected, out.getRGB(x, y) & 0xFFFFFF, "pixel " + x + "," + y);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(ImageFormat.class)
    void answersJpegForJpegAndPngForEverythingElse(ImageFormat input) throws Exception {
        start(() -> new FillInpainter(RED), FAST);
        TaskOutcome outcome = await(backend.submit(
                request(TestImages.encoded(24, 16, input), new MaskRectangle(0, 0, 4, 4)), updates::add));
        assertTrue(outcome.succeeded(), outcome.message());
        ImageFormat expected = input == ImageFormat.JPEG ? ImageFormat.JPEG : ImageFormat.PNG;
        assertEquals(expected, outcome.result().format());
        assertEquals(expected, ImageFormat.detect(outcome.result().bytes()));
        BufferedImage out = TestImages.decode(outcome.result().bytes());
        assertEquals(24, out.getWidth());
        assertEquals(16, out.getHeight());
    }

    @Test
    void brokenImageEndsInvalid() throws Exception {
        start(() -> new FillInpainter(RED), FAST);
        byte[] truncated = java.util.Arrays.copyOf(TestImages.png(64, 64), 60);
        TaskOutcome outcome = await(backend.submit(request(truncated, new MaskRectangle(0, 0, 4, 4)), updates::add));
        assertEquals(TaskState.INVALID_IMAGE, outcome.status().state());
        assertEquals(0, outcome.status().progress());
        assertNull(outcome.result());
        assertTrue(outcome.message().length() > 10, outcome.message());
        assertEquals(TaskState.INVALID_IMAGE, updates.get(updates.size() - 1).state());
    }

    @Test
    void randomBytesEndInvalid() throws Exception {
        start(() -> new FillInpainter(RED), FAST);
        byte[] noise = new byte[500];
        new java.util.Random(7).nextBytes(noise);
        TaskOutcome outcome = await(backend.submit(request(noise, new MaskRectangle(0, 0, 4, 4)), updates::add));
        assertEquals(TaskState.INVALID_IMAGE, outcome.status().state());
    }

    @Test
    void imageOverTheSideLimitEndsInvalidWithoutDecoding() throws Exception {
        start(
                () -> new FillInpainter(RED),
                new LocalBackendSettings(
                        1, 1, Duration.ofSeconds(5), Duration.ofSeconds(1), 1 << 20, 32, HostAllowList.any(), false));
        TaskOutcome outcome =
                await(backend.submit(request(TestImages.png(33, 8), new MaskRectangle(0, 0, 4, 4)), updates::add));
        assertEquals(TaskState.INVALID_IMAGE, outcome.status().state());
        assertTrue(outcome.message().contains("33 x 8"), outcome.message());
    }

    @Test
    void maskOfAnotherSizeEndsInvalid() throws Exception {
        start(() -> new FillInpainter(RED), FAST);
        InpaintRequest request = InpaintRequest.of(
                new ImageSource.File(new FileUpload(TestImages.png(20, 20), "a")),
                new MaskSource.File(new FileUpload(TestImages.maskPng(21, 20, 0, 0, 5, 5), "m")));
        TaskOutcome outcome = await(backend.submit(request, updates::add));
        assertEquals(TaskState.INVALID_IMAGE, outcome.status().state());
        assertTrue(outcome.message().contains("21 x 20"), outcome.message());
    }

    @Test
    void maskThatMarksNothingEndsInvalid() throws Exception {
        start(() -> new FillInpainter(RED), FAST);
        TaskOutcome outcome =
                await(backend.submit(request(TestImages.png(20, 20), new MaskRectangle(50, 50, 5, 5)), updates::add));
        assertEquals(TaskState.INVALID_IMAGE, outcome.status().state());
        assertTrue(outcome.message().contains("nothing to repair"), outcome.message());
    }

    @Test
    void processingLimitEndsTimedOutAndStopsTheEngine() throws Exception {
        StallingInpainter engine = new StallingInpainter();
        start(() -> engine, FAST);
        long start = System.nanoTime();
        TaskOutcome outcome =
                await(backend.submit(request(TestImages.png(16, 16), new MaskRectangle(0, 0, 4, 4)), updates::add));
        long tookMs = (System.nanoTime() - start) / 1_000_000;
        assertEquals(TaskState.TIMED_OUT, outcome.status().state());
        assertEquals(0, outcome.status().progress());
        assertTrue(engine.stopped.await(1, TimeUnit.SECONDS), "the engine was stopped");
        assertTrue(tookMs >= 300 && tookMs < 3000, "took " + tookMs + " ms");
        assertTrue(outcome.message().contains("300 ms"), outcome.message());
    }

    @Test
    void cancellingARunningTaskStopsTheEngine() throws Exception {
        StallingInpainter engine = new StallingInpainter();
        start(() -> engine, FAST.withProcessingLimit(Duration.ofSeconds(30)));
        InpaintTask task = backend.submit(request(TestImages.png(16, 16), new MaskRectangle(0, 0, 4, 4)), updates::add);
        assertTrue(engine.started.await(5, TimeUnit.SECONDS));
        task.cancel();
        assertThrows(CancellationException.class, () -> await(task));
        assertTrue(engine.stopped.await(1, TimeUnit.SECONDS));
    }

    @Test
    void fullQueueRefusesAndFreesUpAgain() throws Exception {
        StallingInpainter engine = new StallingInpainter();
        start(() -> engine, FAST.withProcessingLimit(Duration.ofSeconds(30)));
        byte[] png = TestImages.png(16, 16);
        InpaintTask running = backend.submit(request(png, new MaskRectangle(0, 0, 4, 4)), s -> {});
        InpaintTask queued1 = backend.submit(request(png, new MaskRectangle(0, 0, 4, 4)), s -> {});
        InpaintTask queued2 = backend.submit(request(png, new MaskRectangle(0, 0, 4, 4)), s -> {});
        BackendBusyException busy = assertThrows(
                BackendBusyException.class, () -> backend.submit(request(png, new MaskRectangle(0, 0, 4, 4)), s -> {}));
        assertEquals(2, busy.queueCapacity());

        queued2.cancel();
        assertTrue(queued2.outcome().toCompletableFuture().isCancelled(), "a queued task ends at once");
        InpaintTask again = backend.submit(request(png, new MaskRectangle(0, 0, 4, 4)), s -> {});
        assertNotNull(again);
        running.cancel();
        queued1.cancel();
        again.cancel();
        assertEquals(0, waitForIdle());
    }

    @Test
    void engineCrashEndsRepairFailed() throws Exception {
        start(
                () -> (image, mask, sourceArea, progress, cancel) -> {
                    throw new IllegalStateException("boom");
                },
                FAST);
        TaskOutcome outcome =
                await(backend.submit(request(TestImages.png(16, 16), new MaskRectangle(0, 0, 4, 4)), updates::add));
        assertEquals(TaskState.REPAIR_FAILED, outcome.status().state());
        assertTrue(outcome.message().contains("boom"), outcome.message());
    }

    @Test
    void updatesArriveOnTheCallbackExecutor() throws Exception {
        ExecutorService callbacks = Executors.newSingleThreadExecutor(new DaemonThreads("test-callbacks"));
        try {
            backend = new LocalBackend(() -> new FillInpainter(RED), FAST, callbacks);
            List<String> threads = new CopyOnWriteArrayList<>();
            InpaintTask task = backend.submit(
                    request(TestImages.png(16, 16), new MaskRectangle(0, 0, 4, 4)),
                    s -> threads.add(Thread.currentThread().getName()));
            String outcomeThread = task.outcome()
                    .thenApply(o -> Thread.currentThread().getName())
                    .toCompletableFuture()
                    .get(5, TimeUnit.SECONDS);
            assertTrue(threads.size() >= 4);
            assertTrue(threads.stream().allMatch("test-callbacks-1"::equals), threads.toString());
            assertEquals("test-callbacks-1", outcomeThread);
        } finally {
            callbacks.shutdownNow();
        }
    }

    @Test
    void shutdownLetsARunningTaskFinishWithinTheGrace() throws Exception {
        start(() -> new FillInpainter(RED, 200), FAST.withProcessingLimit(Duration.ofSeconds(5)));
        byte[] png = TestImages.png(16, 16);
        InpaintTask running = backend.submit(request(png, new MaskRectangle(0, 0, 4, 4)), updates::add);
        InpaintTask queued = backend.submit(request(png, new MaskRectangle(0, 0, 4, 4)), s -> {});
        waitUntil(() -> updates.stream().anyMatch(s -> s.state() == TaskState.PROCESSING));
        backend.shutdown(Duration.ofSeconds(5));
        assertTrue(await(running).succeeded());
        assertTrue(queued.outcome().toCompletableFuture().isCancelled());
        assertThrows(
                IllegalStateException.class,
                () -> backend.submit(request(png, new MaskRectangle(0, 0, 4, 4)), s -> {}));
    }

    @Test
    void shutdownCancelsWhatOutlastsTheGrace() throws Exception {
        StallingInpainter engine = new StallingInpainter();
        start(() -> engine, FAST.withProcessingLimit(Duration.ofSeconds(30)));
        InpaintTask running = backend.submit(request(TestImages.png(16, 16), new MaskRectangle(0, 0, 4, 4)), s -> {});
        assertTrue(engine.started.await(5, TimeUnit.SECONDS));
        long start = System.nanoTime();
        backend.shutdown(Duration.ofMillis(100));
        assertTrue((System.nanoTime() - start) / 1_000_000 < 2000);
        assertTrue(engine.stopped.await(1, TimeUnit.SECONDS));
        assertTrue(running.outcome().toCompletableFuture().isCancelled());
    }

    private int waitForIdle() throws InterruptedException {
        for (int i = 0; i < 200 && backend.activeTasks() > 0; i++) {
            Thread.sleep(10);
        }
        return backend.activeTasks();
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        for (int i = 0; i < 200 && !condition.getAsBoolean(); i++) {
            Thread.sleep(10);
        }
    }
}
