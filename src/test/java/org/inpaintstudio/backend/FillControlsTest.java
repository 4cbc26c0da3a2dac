package org.inpaintstudio.backend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.inpaintstudio.api.FileUpload;
import org.inpaintstudio.api.ImageSource;
import org.inpaintstudio.api.InpaintRequest;
import org.inpaintstudio.api.MaskSource;
import org.inpaintstudio.api.TaskState;
import org.inpaintstudio.api.TaskStatus;
import org.inpaintstudio.engine.Inpainter;
import org.inpaintstudio.image.MaskPlane;
import org.inpaintstudio.image.MaskRectangle;
import org.junit.jupiter.api.Test;

/** The offline engine's controls travel from the backend to the engine; a backend without them refuses an area. */
class FillControlsTest {
    private static final InpaintRequest REQUEST = InpaintRequest.of(
            new ImageSource.File(new FileUpload(TestImages.png(40, 30), "photo")),
            new MaskSource.Rectangles(List.of(new MaskRectangle(10, 5, 8, 6))));

    private static TaskOutcome await(InpaintTask task) throws Exception {
        return task.outcome().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    /** Remembers the seed it was made with and the sampling area it was given. */
    private static LocalBackend recording(AtomicLong seed, AtomicReference<MaskPlane> area) {
        return new LocalBackend(
                chosen -> {
                    seed.set(chosen);
                    Inpainter fill = new FillInpainter(0xFF0000);
                    return (image, mask, sourceArea, progress, cancel) -> {
                        area.set(sourceArea);
                        return fill.inpaint(image, mask, progress, cancel);
                    };
                },
                99,
                LocalBackendSettings.defaults().withWorkers(1),
                Runnable::run);
    }

    @Test
    void theSeedAndTheSamplingAreaReachTheEngine() throws Exception {
        AtomicLong seed = new AtomicLong();
        AtomicReference<MaskPlane> area = new AtomicReference<>();
        MaskPlane allowed = new MaskPlane(40, 30);
        allowed.set(1, 1, true);
        try (LocalBackend backend = recording(seed, area)) {
            assertTrue(await(backend.submit(REQUEST, s -> {})).succeeded());
            assertEquals(99, seed.get());
            assertEquals(null, area.get());

            assertTrue(await(backend.submit(REQUEST, new FillControls(allowed, 7L), s -> {}))
                    .succeeded());
            assertEquals(7, seed.get());
            assertSame(allowed, area.get());
        }
    }

    @Test
    void aSamplingAreaOfAnotherSizeEndsInvalidImage() throws Exception {
        try (LocalBackend backend = recording(new AtomicLong(), new AtomicReference<>())) {
            MaskPlane wrong = new MaskPlane(41, 30);
            wrong.set(0, 0, true);
            TaskOutcome outcome = await(backend.submit(REQUEST, new FillControls(wrong, null), s -> {}));

            assertEquals(TaskState.INVALID_IMAGE, outcome.status().state());
            assertEquals(
                    "the sampling area is 41 x 30 pixels but the image is 40 x 30; use a sampling area of the"
                            + " image's size",
                    outcome.message());
        }
    }

    @Test
    void aBackendWithoutSamplingAreasRefusesOneAndStartsNothing() {
        Backend plain = new Backend() {
            @Override
            public InpaintTask submit(InpaintRequest request, java.util.function.Consumer<TaskStatus> updates) {
                throw new AssertionError("nothing may start");
            }

            @Override
            public void shutdown(java.time.Duration grace) {}
        };

        assertFalse(plain.takesSamplingArea());
        assertThrows(
                UnsupportedOperationException.class,
                () -> plain.submit(REQUEST, new FillControls(new MaskPlane(40, 30), null), s -> {}));
    }
}
