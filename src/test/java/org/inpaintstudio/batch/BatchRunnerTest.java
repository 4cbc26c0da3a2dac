package org.inpaintstudio.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.inpaintstudio.api.InpaintRequest;
import org.inpaintstudio.api.TaskStatus;
import org.inpaintstudio.backend.Backend;
import org.inpaintstudio.backend.Backends;
import org.inpaintstudio.backend.InpaintTask;
import org.inpaintstudio.backend.LocalBackend;
import org.inpaintstudio.backend.LocalBackendSettings;
import org.inpaintstudio.backend.StallingInpainter;
import org.inpaintstudio.backend.TestImages;
import org.inpaintstudio.image.ImageFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A batch on the real offline engine: results, failures, resuming and cancelling. */
class BatchRunnerTest {
    private static final int W = 48;
    private static final int H = 36;

    @TempDir
    Path dir;

    private final List<BatchUpdate> updates = new CopyOnWriteArrayList<>();

    private BatchSpec spec() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Path masks = Files.createDirectories(dir.resolve("masks"));
        for (String name : List.of("a", "b", "c")) {
            Files.write(in.resolve(name + ".png"), TestImages.encoded(W, H, ImageFormat.PNG));
            Files.write(masks.resolve(name + ".png"), TestImages.maskPng(W, H, 10, 8, 12, 10));
        }
        return BatchSpec.withMasks(in, masks, dir.resolve("out"), ResultFormat.SAME);
    }

    private BatchSummary run(BatchSpec spec, Backend backend) throws Exception {
        try (BatchJournal journal = BatchJournal.open(spec.out())) {
            return new BatchRunner(backend, 2).run(BatchPlan.scan(spec), journal, updates::add);
        }
    }

    @Test
    void everyPhotoIsFilledInsideItsMaskOnlyAndRecorded() throws Exception {
        BatchSpec spec = spec();

        BatchSummary summary;
        try (Backend backend = Backends.offline(Runnable::run)) {
            summary = run(spec, backend);
        }

        assertTrue(summary.allDone(), summary.toString());
        assertEquals(3, summary.done());
        BufferedImage photo = TestImages.decode(Files.readAllBytes(spec.input().resolve("b.png")));
        BufferedImage result = TestImages.decode(Files.readAllBytes(spec.out().resolve("b.png")));
        int changedInside = 0;
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                boolean inMask = x >= 10 && x < 22 && y >= 8 && y < 18;
                if (!inMask) {
                    assertEquals(photo.getRGB(x, y), result.getRGB(x, y), "outside the mask at " + x + "," + y);
                } else if (photo.getRGB(x, y) != result.getRGB(x, y)) {
                    changedInside++;
                }
            }
        }
        assertTrue(changedInside > 0, "the mask was filled");
        assertTrue(updates.stream().anyMatch(u -> u.state() == BatchItemState.WAITING));
        assertEquals(
                List.of("a.png", "b.png", "c.png"),
                updates.stream()
                        .filter(u -> u.state() == BatchItemState.DONE)
                        .map(BatchUpdate::name)
                        .sorted()
                        .toList());
    }

    @Test
    void aDamagedPhotoFailsWithItsReasonTheOthersAreDoneAndAResumeRetriesOnlyIt() throws Exception {
        BatchSpec spec = spec();
        Files.writeString(spec.input().resolve("b.png"), "not a png at all");
        CountingBackend counting = new CountingBackend(Backends.offline(Runnable::run));

        BatchSummary first = run(spec, counting);

        assertEquals(2, first.done());
        assertEquals(1, first.notDone().size());
        BatchUpdate failed = first.notDone().get(0);
        assertEquals("b.png", failed.name());
        assertEquals(BatchItemState.FAILED, failed.state());
        assertFalse(failed.reason().isBlank());
        assertFalse(Files.exists(spec.out().resolve("b.png")), "no result for a failed photo");
        assertEquals(3, counting.submitted.get());

        Files.write(spec.input().resolve("b.png"), TestImages.encoded(W, H, ImageFormat.PNG));
        BatchSummary resumed = run(spec, counting);
        counting.close();

        assertTrue(resumed.allDone(), resumed.toString());
        assertEquals(2, resumed.alreadyDone());
        assertEquals(1, resumed.done());
        assertEquals(4, counting.submitted.get(), "only the failed photo was sent again");
    }

    @Test
    void cancellingStopsTheRunningPhotosAndNeverStartsTheWaitingOnes() throws Exception {
        BatchSpec spec = spec();
        StallingInpainter engine = new StallingInpainter();
        LocalBackend backend = new LocalBackend(
                () -> engine,
                LocalBackendSettings.defaults().withWorkers(1).withProcessingLimit(Duration.ofSeconds(30)),
                Runnable::run);
        BatchRunner runner = new BatchRunner(backend, 1);
        BatchPlan plan = BatchPlan.scan(spec);

        CompletableFuture<BatchSummary> summary;
        try (BatchJournal journal = BatchJournal.open(spec.out())) {
            summary = CompletableFuture.supplyAsync(() -> runner.run(plan, journal, updates::add));
            assertTrue(engine.started.await(10, TimeUnit.SECONDS));
            runner.cancel();
            BatchSummary ended = summary.get(10, TimeUnit.SECONDS);

            assertEquals(0, ended.done());
            assertEquals(3, ended.count(BatchItemState.CANCELLED), ended.toString());
        } finally {
            backend.close();
        }
        assertTrue(engine.stopped.await(10, TimeUnit.SECONDS), "the engine stopped");
        assertFalse(Files.exists(spec.out().resolve("a.png")));
    }

    /** Counts what reaches the backend. */
    private static final class CountingBackend implements Backend {
        final AtomicInteger submitted = new AtomicInteger();
        private final Backend inner;

        CountingBackend(Backend inner) {
            this.inner = inner;
        }

        @Override
        public InpaintTask submit(InpaintRequest request, Consumer<TaskStatus> updates) {
            submitted.incrementAndGet();
            return inner.submit(request, updates);
        }

        @Override
        public void shutdown(Duration grace) {
            inner.shutdown(grace);
        }
    }
}
