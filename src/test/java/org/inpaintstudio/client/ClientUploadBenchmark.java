package org.inpaintstudio.client;

import com.sun.net.httpserver.HttpServer;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import okhttp3.Call;
import okhttp3.EventListener;
import okhttp3.OkHttpClient;
import org.inpaintstudio.api.ApiJson;
import org.inpaintstudio.api.Base64Codec;
import org.inpaintstudio.api.FileUpload;
import org.inpaintstudio.api.ImageSource;
import org.inpaintstudio.api.InpaintRequest;
import org.inpaintstudio.api.MaskSource;
import org.inpaintstudio.api.ReturnType;
import org.inpaintstudio.api.TaskState;
import org.inpaintstudio.api.TaskStatus;
import org.inpaintstudio.api.TestImages;
import org.inpaintstudio.image.MaskRectangle;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The client's upload of a ~15 MB image against curl's, to the same local endpoint, side by side; and the rate
 * limiter's spacing over a 60-request batch. Prints figures, asserts nothing about speed.
 *
 * <p>{@code mvn -o -q -Pbench test -Dtest=ClientUploadBenchmark}
 */
@Tag("benchmark")
class ClientUploadBenchmark {
    private static final int WARM_UPS = 5;
    private static final int RUNS = 15;
    private static final String RECTANGLES = "[{\"x\":10,\"y\":10,\"width\":200,\"height\":100}]";

    @TempDir
    static Path dir;

    private static HttpServer server;
    private static final ConcurrentLinkedQueue<Long> arrivals = new ConcurrentLinkedQueue<>();
    private static String baseUrl;
    private static Path image;

    /** A local endpoint that reads and discards the upload and answers a done task (result as base64). */
    @BeforeAll
    static void startEndpoint() throws IOException {
        // Without TCP_NODELAY the JDK server's answer waits on Nagle and the client's delayed ACK: +40 ms a request.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        byte[] answer = ApiJson.write(TaskStatus.of("bench", TaskState.DONE, 100)
                        .withImage(Base64Codec.encode(TestImages.png(4, 4)), ReturnType.BASE64))
                .getBytes(StandardCharsets.UTF_8);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        server.createContext("/api/tasks/visual/inpaint", exchange -> {
            arrivals.add(System.nanoTime());
            exchange.getRequestBody().transferTo(OutputStream.nullOutputStream());
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, answer.length);
            try (OutputStream body = exchange.getResponseBody()) {
                body.write(answer);
            }
        });
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.start();
        baseUrl = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
        image = noisePng(2236, 2236); // random pixels do not compress: ~15.0 MB
    }

    @AfterAll
    static void stopEndpoint() {
        server.stop(0);
        ((ExecutorService) server.getExecutor()).shutdownNow();
    }

    @Test
    void uploadAgainstCurl() throws Exception {
        byte[] bytes = Files.readAllBytes(image);
        InpaintClient client = new InpaintClient(
                ClientConfig.defaults(baseUrl, ApiKey.of("bench-key")).withRequestsPerSecond(1000));
        InpaintRequest request = new InpaintRequest(
                new ImageSource.File(new FileUpload(bytes, "noise.png")),
                new MaskSource.Rectangles(List.of(new MaskRectangle(10, 10, 200, 100))),
                true,
                ReturnType.BASE64);
        List<String> curl = List.of(
                "curl",
                "-s",
                "-o",
                "/dev/null",
                "-w",
                "%{http_code} %{time_total}",
                "-H",
                "X-API-KEY: bench-key",
                "-H",
                "Expect:", // OkHttp sends no Expect: 100-continue either
                "-F",
                "image_file=@" + image + ";type=image/png",
                "-F",
                "rectangles=" + RECTANGLES,
                "-F",
                "sync=1",
                "-F",
                "return_type=2",
                baseUrl + "api/tasks/visual/inpaint");

        double[] clientMs = new double[RUNS];
        double[] curlMs = new double[RUNS];
        double[] curlOwnMs = new double[RUNS];
        for (int i = -WARM_UPS; i < RUNS; i++) {
            long start = System.nanoTime();
            client.run(request, TaskListener.NONE, new Cancellation());
            double clientTook = millisSince(start);
            start = System.nanoTime();
            String curlSaid = runCurl(curl);
            double curlTook = millisSince(start);
            if (i >= 0) {
                clientMs[i] = clientTook;
                curlMs[i] = curlTook;
                curlOwnMs[i] = Double.parseDouble(curlSaid.split(" ")[1]) * 1000;
            }
        }
        System.out.printf(
                Locale.ROOT,
                "upload of %s (%.1f MB, %d bytes), %d runs after %d warm-ups, medians:%n",
                image.getFileName(),
                bytes.length / 1024.0 / 1024.0,
                bytes.length,
                RUNS,
                WARM_UPS);
        System.out.printf(Locale.ROOT, "  client (validate + multipart + answer): %7.1f ms%n", median(clientMs));
        System.out.printf(Locale.ROOT, "  curl, process wall time:               %7.1f ms%n", median(curlMs));
        System.out.printf(Locale.ROOT, "  curl, its own time_total:              %7.1f ms%n", median(curlOwnMs));
        System.out.printf(
                Locale.ROOT, "  ratio client / curl wall time:         %7.2f%n", median(clientMs) / median(curlMs));
        System.out.printf(
                Locale.ROOT,
                "  fastest run: client %.1f ms, curl %.1f ms (ratio %.2f)%n",
                Arrays.stream(clientMs).min().orElseThrow(),
                Arrays.stream(curlMs).min().orElseThrow(),
                Arrays.stream(clientMs).min().orElseThrow()
                        / Arrays.stream(curlMs).min().orElseThrow());
        System.out.printf(
                Locale.ROOT,
                "  client runs: %s%n  curl runs:   %s%n",
                Arrays.toString(round(clientMs)),
                Arrays.toString(round(curlMs)));
    }

    @Test
    void rateLimiterOverABatchOfSixty() throws Exception {
        batch(20, 1);
        batch(2, 4);
    }

    /** 60 creates from {@code threads} threads sharing one client at {@code qps}; spacing as the server saw it. */
    private static void batch(double qps, int threads) throws Exception {
        ConcurrentLinkedQueue<Long> sent = new ConcurrentLinkedQueue<>();
        OkHttpClient recording = new OkHttpClient.Builder()
                .eventListener(new EventListener() {
                    @Override
                    public void requestHeadersStart(Call call) {
                        sent.add(System.nanoTime());
                    }
                })
                .build();
        InpaintClient client = new InpaintClient(
                ClientConfig.defaults(baseUrl, ApiKey.of("bench-key"))
                        .withRequestsPerSecond(qps)
                        .withDeadline(Duration.ofMinutes(2)),
                recording);
        InpaintRequest request = new InpaintRequest(
                new ImageSource.Url("https://example.com/a.png"),
                new MaskSource.Rectangles(List.of(new MaskRectangle(0, 0, 5, 5))),
                true,
                ReturnType.BASE64);
        arrivals.clear();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<TaskResult>> runs = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            runs.add(pool.submit(() -> client.run(request, TaskListener.NONE, new Cancellation())));
        }
        for (Future<TaskResult> run : runs) {
            run.get();
        }
        pool.shutdown();
        System.out.printf(
                Locale.ROOT,
                "rate limit %.0f/s, %d thread(s), 60 requests (expected first to last %.1f ms," + " gap %.1f ms):%n",
                qps,
                threads,
                59 * 1000 / qps,
                1000 / qps);
        report("sent by the client ", sent, qps);
        report("arrived at the server", arrivals, qps);
    }

    private static void report(String what, ConcurrentLinkedQueue<Long> times, double qps) {
        long[] at = times.stream().mapToLong(Long::longValue).sorted().toArray();
        double[] gaps = new double[at.length - 1];
        for (int i = 1; i < at.length; i++) {
            gaps[i - 1] = (at[i] - at[i - 1]) / 1e6;
        }
        Arrays.sort(gaps);
        int busiestSecond = 0;
        for (int i = 0; i < at.length; i++) {
            int inWindow = 0;
            for (int j = i; j < at.length && at[j] - at[i] < TimeUnit.SECONDS.toNanos(1); j++) {
                inWindow++;
            }
            busiestSecond = Math.max(busiestSecond, inWindow);
        }
        double span = (at[at.length - 1] - at[0]) / 1e6;
        double expected = 59 * 1000 / qps;
        System.out.printf(
                Locale.ROOT,
                "  %s: %d, first to last %.1f ms (%+.2f%%), gaps min %.1f / median %.1f /"
                        + " max %.1f ms; most in a sliding 1 s: %d; a %.0f/s token bucket (burst %.0f) would refuse %d%n",
                what,
                at.length,
                span,
                (span - expected) / expected * 100,
                gaps[0],
                gaps[gaps.length / 2],
                gaps[gaps.length - 1],
                busiestSecond,
                qps,
                Math.ceil(qps),
                tokenBucketRefusals(at, qps));
    }

    /** How many of the requests a server's token bucket (refilled at qps, holding qps tokens) would refuse. */
    private static int tokenBucketRefusals(long[] at, double qps) {
        double capacity = Math.ceil(qps);
        double tokens = capacity;
        long last = at[0];
        int refused = 0;
        for (long time : at) {
            tokens = Math.min(capacity, tokens + (time - last) / 1e9 * qps);
            last = time;
            if (tokens >= 1) {
                tokens -= 1;
            } else {
                refused++;
            }
        }
        return refused;
    }

    private static String runCurl(List<String> command) throws IOException, InterruptedException {
        Process curl = new ProcessBuilder(command).redirectErrorStream(true).start();
        String said = new String(curl.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (curl.waitFor() != 0 || !said.startsWith("200 ")) {
            throw new IllegalStateException("curl failed: " + said);
        }
        return said;
    }

    private static Path noisePng(int width, int height) throws IOException {
        BufferedImage noise = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(42);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                noise.setRGB(x, y, random.nextInt(1 << 24));
            }
        }
        Path file = dir.resolve("noise.png");
        ImageIO.write(noise, "png", file.toFile());
        return file;
    }

    private static double millisSince(long start) {
        return (System.nanoTime() - start) / 1e6;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static long[] round(double[] values) {
        return Arrays.stream(values).mapToLong(Math::round).toArray();
    }
}
