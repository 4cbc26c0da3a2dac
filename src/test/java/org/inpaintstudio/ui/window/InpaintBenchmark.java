package org.inpaintstudio.ui.window;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.inpaintstudio.backend.Backends;
import org.inpaintstudio.bench.BenchData;
import org.inpaintstudio.engine.InpaintMethod;
import org.inpaintstudio.engine.Inpainters;
import org.inpaintstudio.image.ImageFiles;
import org.inpaintstudio.image.ImageFormat;
import org.inpaintstudio.image.ImageWriteOptions;
import org.inpaintstudio.image.MaskPlane;
import org.inpaintstudio.work.CancellationToken;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Time from Ctrl+Enter to the compare view on a 1024 x 1024 photo with about 10 % masked, offline backend, against
 * the engine's own time for the same job: the UI's overhead as a ratio. Prints figures; asserts nothing about speed.
 *
 * <p>Run with {@code mvn -o -q -Pbench test -Dtest=InpaintBenchmark}. Uses raccoon.png from {@code -Dbench.data}
 * (the README's figures: {@code -Dbench.data=../shared/testdata}), else the repository's coffee photo, scaled to
 * 1024 x 1024; see {@link BenchData}.
 */
@Tag("benchmark")
class InpaintBenchmark extends EditorWindowFixture {
    private static final int SIDE = 1024;
    private static final int WARM_UP = 2;
    private static final int RUNS = 7;
    private static final Path PHOTO = BenchData.photo("raccoon.png");

    @Test
    void ctrlEnterToCompareViewAgainstTheEngineAlone() throws Exception {
        BufferedImage photo = photo();
        MaskPlane mask = objectMask();
        Path file = appData.resolve("bench.png");
        Files.createDirectories(appData);
        Files.write(file, ImageFiles.encode(photo, ImageFormat.PNG, ImageWriteOptions.DEFAULT));
        openWindow();
        openThroughShortcut(file);
        waitUntil(() -> model().document() != null);
        AtomicLong pressedAt = new AtomicLong();
        AtomicLong shownAt = new AtomicLong();
        Node compare = lookup("#compare-layer").query();
        onFx(() -> {
            stage.getScene().addEventFilter(KeyEvent.KEY_PRESSED, e -> {
                if (e.getCode() == KeyCode.ENTER && e.isShortcutDown()) {
                    pressedAt.set(System.nanoTime());
                }
            });
            compare.visibleProperty().addListener((obs, was, now) -> {
                if (now) {
                    shownAt.set(System.nanoTime());
                }
            });
            return null;
        });

        // UI and engine runs alternate, so that load from elsewhere on the machine falls on both alike.
        List<Double> ui = new ArrayList<>();
        List<Double> engine = new ArrayList<>();
        BufferedImage decoded = ImageFiles.read(file).image();
        for (int run = 0; run < WARM_UP + RUNS; run++) {
            onFx(() -> {
                model().maskActions().restore(mask, List.of());
                return null;
            });
            shownAt.set(0);
            shortcut(KeyCode.ENTER);
            waitUntil(() -> shownAt.get() != 0);
            clickOn("#result-close");
            long start = System.nanoTime();
            Inpainters.create(InpaintMethod.AUTO, Backends.SEED)
                    .inpaint(decoded, mask, p -> {}, new CancellationToken());
            long engineNanos = System.nanoTime() - start;
            if (run >= WARM_UP) {
                ui.add(Math.round((shownAt.get() - pressedAt.get()) / 1e5) / 10.0);
                engine.add(Math.round(engineNanos / 1e5) / 10.0);
            }
        }
        double uiMedian = median(ui);
        double engineMedian = median(engine);
        System.out.printf(
                "InpaintBenchmark: %d x %d photo (%s), %.1f %% masked, %d runs after %d warm-up%n",
                SIDE, SIDE, PHOTO.getFileName(), 100.0 * mask.repairCount() / SIDE / SIDE, RUNS, WARM_UP);
        System.out.printf("  Ctrl+Enter to compare view: median %.0f ms, runs %s%n", uiMedian, ui);
        System.out.printf("  engine alone (same job):    median %.0f ms, runs %s%n", engineMedian, engine);
        System.out.printf("  UI overhead ratio: %.2f (target at most 1.2)%n", uiMedian / engineMedian);
    }

    /** A natural photo scaled to 1024 x 1024. */
    private static BufferedImage photo() throws Exception {
        BufferedImage source = ImageFiles.read(PHOTO).image();
        BufferedImage photo = new BufferedImage(SIDE, SIDE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = photo.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.drawImage(source, 0, 0, SIDE, SIDE, null);
        g.dispose();
        return photo;
    }

    /** Two objects to remove, about 10 % of the photo together. */
    private static MaskPlane objectMask() {
        MaskPlane mask = new MaskPlane(SIDE, SIDE);
        ellipse(mask, 330, 420, 165, 130);
        ellipse(mask, 720, 690, 120, 105);
        return mask;
    }

    private static void ellipse(MaskPlane mask, int cx, int cy, int rx, int ry) {
        for (int y = cy - ry; y <= cy + ry; y++) {
            for (int x = cx - rx; x <= cx + rx; x++) {
                double dx = (x - cx) / (double) rx;
                double dy = (y - cy) / (double) ry;
                if (dx * dx + dy * dy <= 1) {
                    mask.set(x, y, true);
                }
            }
        }
    }

    private static double median(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
