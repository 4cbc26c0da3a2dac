package org.inpaintstudio.ui.window;

import com.sun.javafx.perf.PerformanceTracker;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import javafx.embed.swing.SwingFXUtils;
import javafx.event.EventType;
import javafx.scene.Node;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javax.imageio.ImageIO;
import org.inpaintstudio.ui.TestImages;
import org.inpaintstudio.ui.editor.EditorDocument;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * How long one brush drag event takes on a 4096 x 4096 photo, through the real handler (pointer mapping, brush
 * rasterizer, undo tile capture, mask overlay update), how long the next frame takes to render, and the heap
 * after 200 strokes with their full undo history. Prints figures; asserts nothing about speed.
 *
 * <p>{@code mvn -o -q -Pbench test -Dtest=BrushDragBenchmark}
 */
@Tag("benchmark")
class BrushDragBenchmark extends EditorWindowFixture {
    private static final int SIZE = 4096;
    private static final int STROKES = 200;
    private static final int EVENTS_PER_STROKE = 40;
    /** Strokes paced like a person (one event per frame) to time rendering; the rest are fired back to back. */
    private static final int PACED_STROKES = 20;

    private static final int BRUSH = 80;

    @Test
    void brushDragOnA4096Photo() throws Exception {
        openWindow();
        BufferedImage photo = upscaledPhoto();
        interact(() -> {
            model().load(new EditorDocument("big.png", null, photo, SwingFXUtils.toFXImage(photo, null), null));
            model().brushSizeProperty().set(BRUSH);
        });
        WaitForAsyncUtils.waitForFxEvents();
        Node surface = lookup("#canvas-surface").query();
        AtomicLong pulseAt = new AtomicLong();
        AtomicReference<CountDownLatch> rendered = new AtomicReference<>(new CountDownLatch(1));
        PerformanceTracker tracker = onFx(() -> PerformanceTracker.getSceneTracker(stage.getScene()));
        tracker.setOnPulse(() -> pulseAt.compareAndSet(0, System.nanoTime()));
        tracker.setOnRenderedFrameTask(() -> rendered.get().countDown());

        List<Long> handler = new ArrayList<>();
        List<Long> handlerCpu = new ArrayList<>();
        List<Long> frame = new ArrayList<>();
        Random random = new Random(42);
        System.out.printf(
                "view %.0f x %.0f, zoom %.1f %%, brush %d px%n",
                model().viewport().viewWidth(),
                model().viewport().viewHeight(),
                model().viewport().zoom() * 100,
                BRUSH);
        for (int s = 0; s < STROKES; s++) {
            double[][] path = randomPath(random);
            onFx(() -> fire(surface, MouseEvent.MOUSE_PRESSED, path[0]));
            for (int i = 1; i < path.length; i++) {
                double[] point = path[i];
                boolean paced = s < PACED_STROKES;
                if (paced) {
                    pulseAt.set(0);
                    rendered.set(new CountDownLatch(1));
                }
                long[] took = onFx(() -> timed(() -> fire(surface, MouseEvent.MOUSE_DRAGGED, point)));
                handler.add(took[0]);
                handlerCpu.add(took[1]);
                if (paced && rendered.get().await(1, TimeUnit.SECONDS) && pulseAt.get() != 0) {
                    frame.add(System.nanoTime() - pulseAt.get());
                }
            }
            onFx(() -> fire(surface, MouseEvent.MOUSE_RELEASED, path[path.length - 1]));
        }
        WaitForAsyncUtils.waitForFxEvents();

        long[] heap = heapAfterGc();
        int undoable = onFx(() -> model().history().undoSize());
        long historyBytes = onFx(() -> model().history().byteSize());
        long masked = onFx(() -> model().mask().repairCount());
        System.out.printf(
                "machine load average %.1f on %d cores (other work competes for them)%n",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
        report("brush drag event handler, wall time", handler);
        report("brush drag event handler, CPU time of the JavaFX thread", handlerCpu);
        report("frame render (pulse to frame shown)", frame);
        System.out.printf(
                "heap after %d strokes: %.0f MB used (max %.0f MB); undo history %d edits, %.1f MB; "
                        + "mask %.1f %% painted%n",
                STROKES,
                heap[0] / 1e6,
                heap[1] / 1e6,
                undoable,
                historyBytes / 1e6,
                100.0 * masked / ((double) SIZE * SIZE));
    }

    private Void fire(Node surface, EventType<MouseEvent> type, double[] imagePoint) {
        double x = model().viewport().toViewX(imagePoint[0]);
        double y = model().viewport().toViewY(imagePoint[1]);
        surface.fireEvent(new MouseEvent(
                surface,
                surface,
                type,
                x,
                y,
                x,
                y,
                MouseButton.PRIMARY,
                1,
                false,
                false,
                false,
                false,
                true,
                false,
                false,
                false,
                false,
                false,
                null));
        return null;
    }

    /**
     * Wall time and this thread's CPU time of one call. On a shared, loaded machine the wall time's worst cases
     * are mostly waiting for a core; the CPU time is what the handler itself costs.
     */
    private static long[] timed(Runnable work) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        work.run();
        long wall = System.nanoTime() - start;
        return new long[] {wall, threads.getCurrentThreadCpuTime() - cpu};
    }

    /** A wandering stroke: steps of 20-60 image pixels, like a quick drag at fit-to-window zoom. */
    private static double[][] randomPath(Random random) {
        double[][] path = new double[EVENTS_PER_STROKE + 1][];
        double x = 200 + random.nextDouble() * (SIZE - 400);
        double y = 200 + random.nextDouble() * (SIZE - 400);
        double angle = random.nextDouble() * Math.PI * 2;
        for (int i = 0; i < path.length; i++) {
            path[i] = new double[] {x, y};
            angle += random.nextGaussian() * 0.3;
            double step = 20 + random.nextDouble() * 40;
            x = Math.max(0, Math.min(SIZE - 1, x + Math.cos(angle) * step));
            y = Math.max(0, Math.min(SIZE - 1, y + Math.sin(angle) * step));
        }
        return path;
    }

    private static BufferedImage upscaledPhoto() throws Exception {
        BufferedImage small = ImageIO.read(TestImages.COFFEE.toFile());
        BufferedImage big = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = big.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(small, 0, 0, SIZE, SIZE, null);
        g.dispose();
        return big;
    }

    private static long[] heapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        var usage = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        return new long[] {usage.getUsed(), usage.getMax()};
    }

    private static void report(String what, List<Long> nanos) {
        if (nanos.isEmpty()) {
            System.out.println(what + ": no samples");
            return;
        }
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf(
                "%s: %d samples, median %.2f ms, p99 %.2f ms, worst %.2f ms%n",
                what,
                sorted.length,
                sorted[sorted.length / 2] / 1e6,
                sorted[(int) (sorted.length * 0.99)] / 1e6,
                sorted[sorted.length - 1] / 1e6);
        System.out.printf(
                "  over 8 ms: %d, over 16 ms: %d%n",
                nanos.stream().filter(n -> n > 8_000_000).count(),
                nanos.stream().filter(n -> n > 16_000_000).count());
        System.out.println("  slowest five (ms): "
                + Arrays.toString(Arrays.stream(sorted, sorted.length - 5, sorted.length)
                        .mapToObj(n -> String.format("%.2f", n / 1e6))
                        .toArray()));
    }
}
