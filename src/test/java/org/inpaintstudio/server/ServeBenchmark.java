package org.inpaintstudio.server;

import java.awt.Image;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.inpaintstudio.api.FileUpload;
import org.inpaintstudio.api.ImageSource;
import org.inpaintstudio.api.InpaintRequest;
import org.inpaintstudio.api.MaskSource;
import org.inpaintstudio.api.ReturnType;
import org.inpaintstudio.backend.LocalBackendSettings;
import org.inpaintstudio.client.Cancellation;
import org.inpaintstudio.client.InpaintClient;
import org.inpaintstudio.client.TaskListener;
import org.inpaintstudio.engine.InpaintMethod;
import org.inpaintstudio.engine.Inpainter;
import org.inpaintstudio.engine.Inpainters;
import org.inpaintstudio.image.ImageFiles;
import org.inpaintstudio.image.ImageFormat;
import org.inpaintstudio.image.ImageLimits;
import org.inpaintstudio.image.ImageWriteOptions;
import org.inpaintstudio.image.MaskCodec;
import org.inpaintstudio.image.MaskPlane;
import org.inpaintstudio.image.MaskRectangle;
import org.inpaintstudio.work.CancellationToken;
import org.inpaintstudio.work.ProgressListener;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Figures for {@code serve} with the real offline engine ({@code Inpainters.create(AUTO, 1)}). Run with
 * {@code mvn -o -q -Pbench test -Dtest=ServeBenchmark}; prints medians and totals, asserts nothing.
 *
 * <p>The 1024 x 1024 job is the test photo brick.png (512 x 512) scaled up 2x with its object mask (11 % of the
 * image), so it runs on any clone.
 */
@Tag("benchmark")
class ServeBenchmark {
    private static final Supplier<Inpainter> ENGINE = () -> Inpainters.create(InpaintMethod.AUTO, 1);
    private static final int RUNS = 5;

    @Test
    void syncLatencyOverHttpVersusTheEngineAlone() throws Exception {
        byte[] png = ImageFiles.encode(
                scaled(read("brick.png"), 1024, Image.SCALE_SMOOTH), ImageFormat.PNG, ImageWriteOptions.DEFAULT);
        byte[] maskPng = ImageFiles.encode(
                scaled(read("masks/brick_object.png"), 1024, Image.SCALE_FAST),
                ImageFormat.PNG,
                ImageWriteOptions.DEFAULT);
        // The engine alone gets the image and mask exactly as the server decodes them.
        BufferedImage decoded = ImageFiles.read(png, ImageLimits.EDITOR).image();
        MaskPlane mask = MaskCodec.read(maskPng, 1024, 1024);
        InpaintRequest request = InpaintRequest.of(
                        new ImageSource.File(new FileUpload(png, "brick1024.png")),
                        new MaskSource.File(new FileUpload(maskPng, "mask.png")))
                .withSync(true)
                .withReturnType(ReturnType.BINARY);
        Inpainter passThrough = (image, m, sourceArea, progress, cancel) -> image;

        List<Long> engineMs = new ArrayList<>();
        List<Long> httpMs = new ArrayList<>();
        List<Long> overheadMs = new ArrayList<>();
        try (ServerHarness real = serve(ENGINE, 1);
                ServerHarness bare = serve(() -> passThrough, 1)) {
            InpaintClient realClient = real.client();
            InpaintClient bareClient = bare.client();
            for (int i = 0; i <= RUNS; i++) {
                long start = System.nanoTime();
                realClient.run(request, TaskListener.NONE, new Cancellation());
                long http = millisSince(start);
                start = System.nanoTime();
                ENGINE.get().inpaint(decoded, mask, ProgressListener.NONE, new CancellationToken());
                long engine = millisSince(start);
                start = System.nanoTime();
                bareClient.run(request, TaskListener.NONE, new Cancellation());
                long overhead = millisSince(start);
                if (i > 0) {
                    engineMs.add(engine);
                    httpMs.add(http);
                    overheadMs.add(overhead);
                }
            }
        }
        long engine = median(engineMs);
        long http = median(httpMs);
        long overhead = median(overheadMs);
        System.out.printf(
                Locale.ROOT,
                "[serve] 1024x1024 brick (PNG %d KiB), object mask (%.1f %%), %d interleaved"
                        + " runs after a warm-up; load average %s%n",
                png.length / 1024,
                100.0 * mask.repairCount() / (1024 * 1024),
                RUNS,
                loadAverage());
        System.out.printf(
                Locale.ROOT, "[serve]   engine alone (decoded in memory): median %d ms %s%n", engine, engineMs);
        System.out.printf(
                Locale.ROOT,
                "[serve]   sync over HTTP, return_type 3 (upload, decode, engine, encode PNG,"
                        + " answer): median %d ms %s%n",
                http,
                httpMs);
        System.out.printf(
                Locale.ROOT,
                "[serve]   the same over HTTP with a pass-through engine (the overhead" + " alone): median %d ms %s%n",
                overhead,
                overheadMs);
        System.out.printf(
                Locale.ROOT,
                "[serve]   ratio http/engine %.2f; overhead/engine %.2f%n",
                (double) http / engine,
                (double) overhead / engine);
    }

    @Test
    void throughputWithEightClientsAndNoRateLimit() throws Exception {
        byte[] png = photo("brick.png");
        byte[] maskPng = photo("masks/brick_object.png");
        int workers = Runtime.getRuntime().availableProcessors();
        int clients = 8;
        int perClient = 4;
        try (ServerHarness harness = serve(workers)) {
            InpaintClient client = harness.client();
            InpaintRequest request = InpaintRequest.of(
                            new ImageSource.File(new FileUpload(png, "brick.png")),
                            new MaskSource.File(new FileUpload(maskPng, "mask.png")))
                    .withSync(true);
            client.run(request, TaskListener.NONE, new Cancellation());
            List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
            ExecutorService pool = Executors.newFixedThreadPool(clients);
            long start = System.nanoTime();
            List<Future<?>> done = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                done.add(pool.submit(() -> {
                    for (int i = 0; i < perClient; i++) {
                        long t = System.nanoTime();
                        client.run(request, TaskListener.NONE, new Cancellation());
                        latencies.add(millisSince(t));
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get(10, TimeUnit.MINUTES);
            }
            long wallMs = millisSince(start);
            pool.shutdown();
            List<Long> sorted = new ArrayList<>(latencies);
            Collections.sort(sorted);
            System.out.printf(
                    Locale.ROOT,
                    "[serve] throughput: %d clients x %d sync tasks (brick.png 512x512, object"
                            + " mask, result downloaded by URL), %d workers, no QPS limit; load average %s%n",
                    clients,
                    perClient,
                    workers,
                    loadAverage());
            System.out.printf(
                    Locale.ROOT,
                    "[serve]   %d tasks in %d ms = %.2f tasks/s; latency median %d ms, p95 %d ms," + " max %d ms%n",
                    sorted.size(),
                    wallMs,
                    sorted.size() * 1000.0 / wallMs,
                    median(sorted),
                    sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1),
                    sorted.get(sorted.size() - 1));
        }
    }

    @Test
    void residentMemoryAfterFiveHundredTasksVersusTen() throws Exception {
        BufferedImage crop = read("brick.png").getSubimage(0, 0, 96, 96);
        byte[] png = ImageFiles.encode(crop, ImageFormat.PNG, ImageWriteOptions.DEFAULT);
        try (ServerHarness harness = serve(Runtime.getRuntime().availableProcessors())) {
            InpaintClient client = harness.client();
            InpaintRequest request = InpaintRequest.of(
                            new ImageSource.File(new FileUpload(png, "small.png")),
                            new MaskSource.Rectangles(List.of(new MaskRectangle(40, 40, 16, 16))))
                    .withSync(true)
                    .withReturnType(ReturnType.BASE64);
            runTasks(client, request, 10);
            String after10 = memory(harness);
            long start = System.nanoTime();
            runTasks(client, request, 490);
            long ms = millisSince(start);
            String after500 = memory(harness);
            System.out.printf(
                    Locale.ROOT,
                    "[serve] memory: 96x96 PNG crop of brick.png, 16x16 rectangle, sync,"
                            + " return_type 2, 4 clients; results kept (one hour)%n");
            System.out.println("[serve]   after  10 tasks: " + after10);
            System.out.println("[serve]   after 500 tasks: " + after500 + " (490 tasks took " + ms + " ms)");
        }
    }

    private static void runTasks(InpaintClient client, InpaintRequest request, int count) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> done = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            done.add(pool.submit(() -> client.run(request, TaskListener.NONE, new Cancellation())));
        }
        for (Future<?> f : done) {
            f.get(10, TimeUnit.MINUTES);
        }
        pool.shutdown();
    }

    private static String memory(ServerHarness harness) throws Exception {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        String rss = Files.readAllLines(Path.of("/proc/self/status")).stream()
                .filter(l -> l.startsWith("VmRSS:"))
                .findFirst()
                .orElse("VmRSS: n/a")
                .substring(6)
                .strip();
        return String.format(
                Locale.ROOT,
                "RSS %s, heap after GC %.1f MiB, tasks kept %d, result files %d",
                rss,
                heap / 1048576.0,
                harness.server.storedTasks(),
                harness.server.resultFiles());
    }

    private static ServerHarness serve(int workers) throws IOException {
        return serve(ENGINE, workers);
    }

    private static ServerHarness serve(Supplier<Inpainter> engine, int workers) throws IOException {
        LocalBackendSettings settings =
                LocalBackendSettings.defaults().withWorkers(workers).withMaxQueue(64);
        return ServerHarness.start(engine, settings, ServerHarness.settings());
    }

    private static String loadAverage() throws IOException {
        return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
    }

    private static byte[] photo(String name) {
        try (InputStream in = ServeBenchmark.class.getResourceAsStream("/photos/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BufferedImage read(String name) {
        return ImageFiles.toRgb(ImageFiles.read(photo(name), ImageLimits.EDITOR).image());
    }

    private static BufferedImage scaled(BufferedImage image, int size, int hint) {
        BufferedImage out = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        out.createGraphics().drawImage(image.getScaledInstance(size, size, hint), 0, 0, null);
        return out;
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
