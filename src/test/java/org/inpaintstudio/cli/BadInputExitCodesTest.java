package org.inpaintstudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.inpaintstudio.api.ApiError;
import org.inpaintstudio.api.ApiJson;
import org.inpaintstudio.api.TaskState;
import org.inpaintstudio.api.TaskStatus;
import org.inpaintstudio.api.TestImages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input exits 2 whether the task would run offline or on a service, with the same words (but for a photo too
 * large, where the limits differ); a service that
 * forgets a task it accepted is a service failure (5), not a refusal.
 */
class BadInputExitCodesTest {
    @TempDir
    Path dir;

    private final MockWebServer service = new MockWebServer();
    private Path image;

    @BeforeEach
    void start() throws IOException {
        service.start(InetAddress.getLoopbackAddress(), 0);
        image = Files.write(dir.resolve("in.png"), TestImages.png(40, 30));
    }

    @AfterEach
    void stop() throws IOException {
        service.shutdown();
    }

    /** Exit code and the error line, offline or (with {@code remote}) against the scripted service. */
    private record Run(int code, String error) {}

    private Run run(boolean remote, String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        List<String> all = new ArrayList<>();
        if (remote) {
            all.addAll(List.of("--api-url", service.url("/").toString(), "--api-key", "k-bad-input-1"));
        }
        all.addAll(Arrays.asList(args));
        all.addAll(List.of("--out", dir.resolve("out.png").toString()));
        int code = new InpaintCommand(
                        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8),
                        Map.of(),
                        config -> config.withRequestsPerSecond(1000)
                                .withPolling(Duration.ofMillis(5), 1, Duration.ofMillis(5))
                                .withRetries(0, Duration.ofMillis(5), Duration.ofMillis(5)))
                .run(all);
        String error = err.toString(StandardCharsets.UTF_8)
                .lines()
                .filter(l -> l.startsWith("error:"))
                .findFirst()
                .orElse("");
        return new Run(code, error);
    }

    private void assertSameBadInputOfflineAndRemote(String expected, String... args) {
        Run offline = run(false, args);
        Run remote = run(true, args);

        assertEquals(ExitCode.BAD_INPUT, offline.code(), offline.error());
        assertEquals(ExitCode.BAD_INPUT, remote.code(), remote.error());
        assertEquals(offline.error(), remote.error());
        assertTrue(offline.error().contains(expected), offline.error());
        assertEquals(0, service.getRequestCount(), "refused before anything was sent");
        assertFalse(Files.exists(dir.resolve("out.png")));
    }

    private Path file(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    @Test
    void anAllWhiteMaskLeavesNothingToCopyFrom() throws IOException {
        Path white = file("white.png", TestImages.mask(40, 30, 0, 0, 40, 30));

        assertSameBadInputOfflineAndRemote(
                "marks the whole image", "--image", image.toString(), "--mask", white.toString());
    }

    @Test
    void rectanglesOverTheWholeImageToo() {
        assertSameBadInputOfflineAndRemote(
                "marks the whole image",
                "--image",
                image.toString(),
                "--rects",
                "[{\"x\":0,\"y\":0,\"width\":20,\"height\":30},{\"x\":20,\"y\":0,\"width\":25,\"height\":40}]");
    }

    @Test
    void anEmptyMask() throws IOException {
        Path empty = file("empty.png", TestImages.mask(40, 30, 0, 0, 0, 0));

        assertSameBadInputOfflineAndRemote(
                "marks nothing to repair", "--image", image.toString(), "--mask", empty.toString());
    }

    @Test
    void aMaskOfAnotherSize() throws IOException {
        Path small = file("small.png", TestImages.mask(20, 15, 0, 0, 5, 5));

        assertSameBadInputOfflineAndRemote("20 x 15", "--image", image.toString(), "--mask", small.toString());
    }

    /**
     * The one input whose words differ: a service takes at most 4096 x 4096, while offline a larger photo is cropped
     * as in the editor, so what is refused there is the editor's budget of 100 megapixels, from the header alone
     * (the mask of these rectangles would be ten billion pixels).
     */
    @Test
    void aHeaderOfAHundredThousandPixelsASide() throws IOException {
        Path huge = file("huge.png", pngHeader(100_000, 100_000));
        String[] args = {"--image", huge.toString(), "--rects", "[{\"x\":0,\"y\":0,\"width\":10,\"height\":10}]"};

        Run offline = run(false, args);
        Run remote = run(true, args);

        assertEquals(ExitCode.BAD_INPUT, offline.code(), offline.error());
        assertEquals(
                "error: image_file is 100000 x 100000 pixels, more than the 100 megapixels Inpaint Studio works on."
                        + " Scale the image down.",
                offline.error());
        assertEquals(ExitCode.BAD_INPUT, remote.code(), remote.error());
        assertTrue(remote.error().contains("100000 x 100000") && remote.error().contains("4096"), remote.error());
        assertEquals(0, service.getRequestCount(), "refused before anything was sent");
        assertFalse(Files.exists(dir.resolve("out.png")));
    }

    @Test
    void aTruncatedImageIsBadInputOfflineAndWhenTheServiceSaysSo() throws IOException {
        byte[] whole = TestImages.png(40, 30);
        Path truncated = file("cut.png", Arrays.copyOf(whole, whole.length / 2));
        String[] args = {"--image", truncated.toString(), "--rects", "[{\"x\":0,\"y\":0,\"width\":10,\"height\":10}]"};

        assertEquals(ExitCode.BAD_INPUT, run(false, args).code());

        service.enqueue(json(ApiJson.write(TaskStatus.of("t-1", TaskState.INVALID_IMAGE, 0))));
        assertEquals(ExitCode.BAD_INPUT, run(true, args).code());
    }

    @Test
    void aTaskTheServiceForgotWhileItWasFollowedIsAServiceFailure() {
        service.enqueue(json(ApiJson.write(TaskStatus.of("t-1", TaskState.QUEUED, 0))));
        service.enqueue(json(ApiJson.write(new ApiError(404, "task not found"))).setResponseCode(404));

        Run run = run(true, "--image", image.toString(), "--rects", "[{\"x\":0,\"y\":0,\"width\":10,\"height\":10}]");

        assertEquals(ExitCode.NETWORK, run.code(), run.error());
        assertTrue(run.error().contains("no longer knows task t-1"), run.error());
    }

    private static MockResponse json(String body) {
        return new MockResponse().setHeader("Content-Type", "application/json").setBody(body);
    }

    /** The signature and IHDR chunk of a PNG claiming the given size; no pixel data follows. */
    private static byte[] pngHeader(int width, int height) {
        ByteBuffer ihdr = ByteBuffer.allocate(17)
                .put("IHDR".getBytes(StandardCharsets.US_ASCII))
                .putInt(width)
                .putInt(height)
                .put((byte) 8)
                .put((byte) 2)
                .put((byte) 0)
                .put((byte) 0)
                .put((byte) 0);
        CRC32 crc = new CRC32();
        crc.update(ihdr.array());
        return ByteBuffer.allocate(8 + 4 + 17 + 4)
                .put(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'})
                .putInt(13)
                .put(ihdr.array())
                .putInt((int) crc.getValue())
                .array();
    }
}
