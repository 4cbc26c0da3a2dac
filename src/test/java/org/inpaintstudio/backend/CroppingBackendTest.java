package org.inpaintstudio.backend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.inpaintstudio.api.FileUpload;
import org.inpaintstudio.api.ImageSource;
import org.inpaintstudio.api.InpaintRequest;
import org.inpaintstudio.api.MaskSource;
import org.inpaintstudio.api.TaskState;
import org.inpaintstudio.api.TaskStatus;
import org.inpaintstudio.image.ImageFiles;
import org.inpaintstudio.image.ImageFormat;
import org.inpaintstudio.image.ImageWriteOptions;
import org.inpaintstudio.image.MaskCodec;
import org.inpaintstudio.image.MaskPlane;
import org.inpaintstudio.image.MaskRectangle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Photos over the service's limits go crop by crop, and only masked pixels change. */
class CroppingBackendTest {
    private static final int MAGENTA = 0xFF00FF;

    private final List<TaskStatus> statuses = new CopyOnWriteArrayList<>();
    private final List<TaskNotice> notices = new CopyOnWriteArrayList<>();
    private final List<InpaintRequest> sent = new CopyOnWriteArrayList<>();
    private Backend backend;

    @AfterEach
    void shutDown() {
        if (backend != null) {
            backend.close();
        }
    }

    /** The real LocalBackend, which refuses anything over 4096 x 4096 or 15 MB, painting masked pixels magenta. */
    private Backend cropping(long delayMs) {
        LocalBackend local = new LocalBackend(
                () -> new FillInpainter(MAGENTA, delayMs),
                LocalBackendSettings.defaults().withWorkers(1),
                Runnable::run);
        Backend recording = new Backend() {
            @Override
            public InpaintTask submit(InpaintRequest request, Consumer<TaskStatus> updates) {
                sent.add(request);
                return local.submit(request, updates);
            }

            @Override
            public void shutdown(java.time.Duration grace) {
                local.shutdown(grace);
            }
        };
        backend = new CroppingBackend(recording, Runnable::run);
        return backend;
    }

    private final TaskObserver observer = new TaskObserver() {
        @Override
        public void accept(TaskStatus status) {
            statuses.add(status);
        }

        @Override
        public void onNotice(TaskNotice notice) {
            notices.add(notice);
        }
    };

    @Test
    void anEightThousandPixelPhotoIsRepairedCropByCropAndNothingOutsideTheMaskChanges() throws Exception {
        int width = 8000;
        int height = 900;
        BufferedImage photo = TestImages.gradient(width, height);
        MaskPlane mask = new MaskPlane(width, height);
        mask.fill(new MaskRectangle(40, 30, 60, 50), true); // near the left edge
        mask.fill(new MaskRectangle(7950, 800, 50, 100), true); // in the bottom-right corner
        mask.fill(new MaskRectangle(1500, 400, 5200, 30), true); // a wire wider than one crop may be
        for (int i = 0; i < 200; i++) { // a diagonal scratch
            mask.set(3000 + i, 100 + i / 2, true);
        }
        byte[] png = ImageFiles.encode(photo, ImageFormat.PNG, ImageWriteOptions.DEFAULT);

        TaskOutcome outcome = cropping(0)
                .submit(
                        InpaintRequest.of(
                                new ImageSource.File(new FileUpload(png, "big.png")),
                                new MaskSource.File(new FileUpload(MaskCodec.encodePng(mask), "mask.png"))),
                        observer)
                .outcome()
                .toCompletableFuture()
                .get(60, TimeUnit.SECONDS);

        assertTrue(outcome.succeeded(), outcome.message());
        BufferedImage result = TestImages.decode(outcome.result().bytes());
        assertEquals(width, result.getWidth());
        assertEquals(height, result.getHeight());
        long changedInside = 0;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int before = photo.getRGB(x, y) & 0xFFFFFF;
                int after = result.getRGB(x, y) & 0xFFFFFF;
                if (mask.isRepair(x, y)) {
                    assertEquals(MAGENTA, after, "repaired at " + x + "," + y);
                    changedInside++;
                } else if (before != after) {
                    throw new AssertionError("pixel outside the mask changed at " + x + "," + y);
                }
            }
        }
        assertEquals(mask.repairCount(), changedInside);
        assertTrue(sent.size() >= 4, "one crop per region and the wire split, was " + sent.size());
        for (InpaintRequest crop : sent) {
            byte[] bytes = ((ImageSource.File) crop.image()).upload().bytes();
            assertTrue(ImageFiles.probe(bytes).width() <= 4096
                    && ImageFiles.probe(bytes).height() <= 4096);
        }
        assertEquals(List.of(TaskNotice.regionsCropped(sent.size())), notices);
        assertEquals(TaskState.DONE, statuses.get(statuses.size() - 1).state());
        assertRising(statuses);
    }

    @Test
    void rectanglesOnALargePhotoWorkToo() throws Exception {
        BufferedImage photo = TestImages.gradient(4500, 300);
        byte[] png = ImageFiles.encode(photo, ImageFormat.PNG, ImageWriteOptions.DEFAULT);
        TaskOutcome outcome = cropping(0)
                .submit(
                        InpaintRequest.of(
                                new ImageSource.File(new FileUpload(png, "p.png")),
                                new MaskSource.Rectangles(List.of(new MaskRectangle(4400, 10, 20, 20)))),
                        observer)
                .outcome()
                .toCompletableFuture()
                .get(30, TimeUnit.SECONDS);
        BufferedImage result = TestImages.decode(outcome.result().bytes());
        assertEquals(MAGENTA, result.getRGB(4410, 20) & 0xFFFFFF);
        assertEquals(photo.getRGB(4399, 20), result.getRGB(4399, 20));
        assertEquals(1, sent.size());
    }

    @Test
    void aPhotoWithinTheLimitsGoesStraightThrough() throws Exception {
        byte[] png = TestImages.png(300, 200);
        InpaintRequest request = InpaintRequest.of(
                new ImageSource.File(new FileUpload(png, "p.png")),
                new MaskSource.Rectangles(List.of(new MaskRectangle(10, 10, 20, 20))));
        TaskOutcome outcome = cropping(0)
                .submit(request, observer)
                .outcome()
                .toCompletableFuture()
                .get(10, TimeUnit.SECONDS);
        assertTrue(outcome.succeeded());
        assertEquals(List.of(request), sent);
        assertTrue(notices.isEmpty());
    }

    @Test
    void cancellingStopsTheCropsAndEndsCancelled() throws Exception {
        byte[] png = ImageFiles.encode(TestImages.gradient(5000, 200), ImageFormat.PNG, ImageWriteOptions.DEFAULT);
        MaskPlane mask = new MaskPlane(5000, 200);
        mask.fill(new MaskRectangle(10, 10, 10, 10), true);
        mask.fill(new MaskRectangle(4900, 10, 10, 10), true);
        InpaintTask task = cropping(2000)
                .submit(
                        InpaintRequest.of(
                                new ImageSource.File(new FileUpload(png, "p.png")),
                                new MaskSource.File(new FileUpload(MaskCodec.encodePng(mask), "m.png"))),
                        observer);
        waitFor(() -> statuses.stream().anyMatch(s -> s.state() == TaskState.PROCESSING));
        task.cancel();
        assertThrows(
                CancellationException.class,
                () -> task.outcome().toCompletableFuture().join());
        assertEquals(1, sent.size(), "the second crop was never sent");
    }

    private static void assertRising(List<TaskStatus> statuses) {
        int last = 0;
        for (TaskStatus status : statuses) {
            assertTrue(status.progress() >= last || status.state() == TaskState.PREPARING, statuses.toString());
            last = status.progress();
        }
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("timed out");
            }
            Thread.sleep(10);
        }
    }
}
