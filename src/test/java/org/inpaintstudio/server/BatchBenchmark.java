package org.inpaintstudio.server;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.inpaintstudio.backend.Backend;
import org.inpaintstudio.backend.Backends;
import org.inpaintstudio.backend.FillInpainter;
import org.inpaintstudio.backend.RemoteServiceSettings;
import org.inpaintstudio.batch.BatchJournal;
import org.inpaintstudio.batch.BatchPlan;
import org.inpaintstudio.batch.BatchRunner;
import org.inpaintstudio.batch.BatchSpec;
import org.inpaintstudio.batch.BatchSummary;
import org.inpaintstudio.batch.ResultFormat;
import org.inpaintstudio.bench.BenchData;
import org.inpaintstudio.engine.InpaintMethod;
import org.inpaintstudio.engine.Inpainters;
import org.inpaintstudio.image.ImageFiles;
import org.inpaintstudio.image.ImageFormat;
import org.inpaintstudio.image.ImageLimits;
import org.inpaintstudio.image.ImageWriteOptions;
import org.inpaintstudio.image.MaskCodec;
import org.inpaintstudio.image.MaskPlane;
import org.inpaintstudio.work.CancellationToken;
import org.inpaintstudio.work.ProgressListener;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Figures for {@code batch}: {@code mvn -o -q -Pbench test -Dtest=BatchBenchmark [-Dbench.data=FOLDER]}. Prints,
 * asserts nothing.
 *
 * <ul>
 *   <li>Offline: 20 photos of 1 MP (the photos of the data folder scaled to 1155 x 866, cycled) with 10 % masks (an
 *       ellipse, in four places) through {@link BatchRunner} on the offline backend, against the sum of the engine's
 *       own times on the same decoded pixels, side by side in one run. Target: batch at most 1.2 x the sum.
 *   <li>Remote: 40 photos through our own server at {@code --qps 2} with a constant-fill engine, so the figure is
 *       the client's and the rate limit's, not the engine's. Target: at least 1.8 tasks a second.
 * </ul>
 */
@Tag("benchmark")
class BatchBenchmark {
    private static final int WIDTH = 1155;
    private static final int HEIGHT = 866;
    private static final int OFFLINE_PHOTOS = 20;
    private static final int REMOTE_PHOTOS = 40;

    @TempDir
    Path dir;

    @Test
    void offlineBatchAgainstTheEngineAlone() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Path masks = Files.createDirectories(dir.resolve("masks"));
        List<BufferedImage> sources = sourcePhotos();
        for (int i = 0; i < OFFLINE_PHOTOS; i++) {
            write(scaled(sources.get(i % sources.size())), in.resolve(name(i)));
            write(ellipseMask(i), masks.resolve(name(i)));
        }
        engineTotalMs(in, masks, 2); // warm-up: the JIT, the engine's pool
        long engineMs = engineTotalMs(in, masks, OFFLINE_PHOTOS);

        BatchSpec spec = BatchSpec.withMasks(in, masks, dir.resolve("out"), ResultFormat.SAME);
        long start = System.nanoTime();
        BatchSummary summary;
        try (Backend backend = Backends.offline(Runnable::run);
                BatchJournal journal = BatchJournal.open(spec.out())) {
            summary = new BatchRunner(backend, 2).run(BatchPlan.scan(spec), journal, update -> {});
        }
        long batchMs = (System.nanoTime() - start) / 1_000_000;

        System.out.printf(
                Locale.ROOT,
                "[batch] offline: %d photos %dx%d (from %s), 10 %% ellipse masks; %d done%n",
                OFFLINE_PHOTOS,
                WIDTH,
                HEIGHT,
                BenchData.folder(),
                summary.done());
        System.out.printf(
                Locale.ROOT,
                "[batch]   engine alone, sum over the photos (decoded in memory): %d ms (%.0f ms a photo)%n",
                engineMs,
                (double) engineMs / OFFLINE_PHOTOS);
        System.out.printf(
                Locale.ROOT,
                "[batch]   batch, --jobs 2 (read, decode, engine, encode PNG, atomic write, journal): %d ms; ratio %.2f"
                        + " (target <= 1.2)%n",
                batchMs,
                (double) batchMs / engineMs);
    }

    @Test
    void remoteBatchAtTwoRequestsASecond() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        byte[] photo = ImageFiles.encode(scaled(sourcePhotos().get(0)), ImageFormat.JPEG, ImageWriteOptions.DEFAULT);
        for (int i = 0; i < REMOTE_PHOTOS; i++) {
            Files.write(in.resolve(String.format("p%02d.jpg", i)), photo);
        }
        BatchSpec spec = BatchSpec.withRectangles(
                in,
                List.of(new org.inpaintstudio.image.MaskRectangle(400, 300, 300, 250)),
                dir.resolve("out"),
                ResultFormat.SAME);
        try (ServerHarness harness = ServerHarness.start(
                () -> new FillInpainter(0xFF808080),
                ServerHarness.backendSettings(),
                ServerHarness.settings().withQps(2))) {
            RemoteServiceSettings service = new RemoteServiceSettings(harness.server.baseUrl(), ServerHarness.KEY, 2);
            long start = System.nanoTime();
            BatchSummary summary;
            try (Backend backend = Backends.remote(service, 4, java.time.Duration.ofMinutes(2), Runnable::run);
                    BatchJournal journal = BatchJournal.open(spec.out())) {
                summary = new BatchRunner(backend, 4).run(BatchPlan.scan(spec), journal, update -> {});
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            long refused =
                    harness.accessLog.stream().filter(l -> l.contains(" 429 ")).count();
            System.out.printf(
                    Locale.ROOT,
                    "[batch] remote: %d photos %dx%d JPEG (%d KiB) on our server at --qps 2, --jobs 4,"
                            + " constant-fill engine; %d done in %.2f s: %.2f tasks/s (target >= 1.8); %d answers 429%n",
                    REMOTE_PHOTOS,
                    WIDTH,
                    HEIGHT,
                    photo.length / 1024,
                    summary.done(),
                    seconds,
                    summary.done() / seconds,
                    refused);
        }
    }

    private static long engineTotalMs(Path in, Path masks, int count) throws Exception {
        long total = 0;
        for (int i = 0; i < count; i++) {
            BufferedImage image =
                    ImageFiles.read(in.resolve(name(i)), ImageLimits.EDITOR).image();
            MaskPlane mask = MaskCodec.read(Files.readAllBytes(masks.resolve(name(i))), WIDTH, HEIGHT);
            long start = System.nanoTime();
            Inpainters.create(InpaintMethod.AUTO, Inpainters.DEFAULT_SEED)
                    .inpaint(image, mask, ProgressListener.NONE, new CancellationToken());
            total += System.nanoTime() - start;
        }
        return total / 1_000_000;
    }

    private static String name(int i) {
        return String.format("p%02d.png", i);
    }

    private static List<BufferedImage> sourcePhotos() throws Exception {
        List<BufferedImage> photos = new ArrayList<>();
        try (Stream<Path> files = Files.list(BenchData.folder())) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".png")).sorted().toList()) {
                photos.add(ImageFiles.read(file, ImageLimits.EDITOR).image());
            }
        }
        return photos;
    }

    private static BufferedImage scaled(BufferedImage photo) {
        BufferedImage out = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.drawImage(photo, 0, 0, WIDTH, HEIGHT, null);
        g.dispose();
        return out;
    }

    /** An ellipse of 10 % of the photo, in one of four places. */
    private static BufferedImage ellipseMask(int i) {
        BufferedImage mask = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = mask.createGraphics();
        g.setColor(Color.WHITE);
        int a = (int) (WIDTH * 0.2);
        int b = (int) Math.round(0.1 * WIDTH * HEIGHT / (Math.PI * a));
        int cx = WIDTH * (1 + 2 * (i % 2)) / 4;
        int cy = HEIGHT * (1 + 2 * ((i / 2) % 2)) / 4;
        g.fillOval(cx - a, cy - b, 2 * a, 2 * b);
        g.dispose();
        return mask;
    }

    private static void write(BufferedImage image, Path file) {
        ImageFiles.write(image, file, ImageFormat.PNG, ImageWriteOptions.DEFAULT);
    }
}
