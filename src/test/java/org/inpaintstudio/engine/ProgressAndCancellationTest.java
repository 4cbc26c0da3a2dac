package org.inpaintstudio.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.inpaintstudio.image.MaskPlane;
import org.inpaintstudio.work.CancellationToken;
import org.inpaintstudio.work.InpaintCancelledException;
import org.inpaintstudio.work.ProgressListener;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ProgressAndCancellationTest {
    private static final int SIZE = 900;
    private static final BufferedImage LARGE = TestImages.texture(SIZE, SIZE, BufferedImage.TYPE_INT_RGB, 11);
    private static final MaskPlane LARGE_MASK = TestImages.disc(SIZE, SIZE, 450, 450, 250);

    @BeforeAll
    static void warmUp() {
        for (InpaintMethod method : InpaintMethod.values()) {
            Inpainters.create(method, 1)
                    .inpaint(
                            TestImages.texture(160, 120, BufferedImage.TYPE_INT_RGB, 1),
                            TestImages.disc(160, 120, 80, 60, 30),
                            ProgressListener.NONE,
                            new CancellationToken());
        }
    }

    @ParameterizedTest
    @EnumSource(InpaintMethod.class)
    void progressNeverGoesBackAndEndsAtOne(InpaintMethod method) {
        List<Double> seen = new ArrayList<>();
        MaskPlane mask = TestImages.disc(200, 150, 100, 75, 30);
        mask.set(10, 10, true);
        Inpainters.create(method, 1)
                .inpaint(
                        TestImages.texture(200, 150, BufferedImage.TYPE_INT_RGB, 1),
                        mask,
                        seen::add,
                        new CancellationToken());

        assertTrue(seen.size() >= 3, "progress reported " + seen);
        for (int i = 1; i < seen.size(); i++) {
            assertTrue(seen.get(i) >= seen.get(i - 1), "went back: " + seen);
        }
        assertTrue(seen.get(0) >= 0);
        assertEquals(1.0, seen.get(seen.size() - 1));
    }

    @ParameterizedTest
    @EnumSource(InpaintMethod.class)
    void cancellingFromAnotherThreadEndsTheCallWithinATenthOfASecond(InpaintMethod method) throws Exception {
        CancellationToken token = new CancellationToken();
        AtomicLong cancelledAt = new AtomicLong();
        CountDownLatch started = new CountDownLatch(1);
        ScheduledExecutorService canceller = Executors.newSingleThreadScheduledExecutor();
        try {
            Inpainter inpainter = Inpainters.create(method, 1);
            long[] endedAt = new long[1];
            assertThrows(InpaintCancelledException.class, () -> {
                try {
                    inpainter.inpaint(
                            LARGE,
                            LARGE_MASK,
                            f -> {
                                if (started.getCount() > 0) {
                                    started.countDown();
                                    canceller.schedule(
                                            () -> {
                                                cancelledAt.set(System.nanoTime());
                                                token.cancel();
                                            },
                                            50,
                                            TimeUnit.MILLISECONDS);
                                }
                            },
                            token);
                } finally {
                    endedAt[0] = System.nanoTime();
                }
            });
            assertFalse(cancelledAt.get() == 0, "finished before the cancel: make the job larger");
            double millis = (endedAt[0] - cancelledAt.get()) / 1e6;
            assertTrue(millis < 100, "took " + millis + " ms to stop");
        } finally {
            canceller.shutdownNow();
        }
    }
}
