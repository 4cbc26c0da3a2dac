package org.inpaintstudio.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okio.Buffer;
import org.inpaintstudio.api.ApiError;
import org.inpaintstudio.api.ApiJson;
import org.inpaintstudio.api.Base64Codec;
import org.inpaintstudio.api.ReturnType;
import org.inpaintstudio.api.TaskState;
import org.inpaintstudio.api.TaskStatus;
import org.inpaintstudio.api.TestImages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code inpaint} run in-process against a scripted service: output file, printed states, exit codes. */
class InpaintCommandTest {
    private static final byte[] PHOTO = TestImages.photo("coffee.png");
    private static final byte[] RESULT = TestImages.png(600, 400);
    private static final String KEY = "cli-secret-5d1e";

    @TempDir
    Path dir;

    private final MockWebServer server = new MockWebServer();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private Path image;
    private Path result;

    @BeforeEach
    void start() throws IOException {
        server.start(InetAddress.getLoopbackAddress(), 0);
        image = Files.write(dir.resolve("coffee.png"), PHOTO);
        result = dir.resolve("result.png");
    }

    @AfterEach
    void stop() throws IOException {
        server.shutdown();
    }

    /** Runs inpaint against the scripted service, with the client's waits shortened. */
    private int run(String... args) {
        List<String> all = new ArrayList<>(List.of("--api-url", server.url("/").toString()));
        all.addAll(Arrays.asList(args));
        return command(Map.of("INPAINT_API_KEY", KEY)).run(all);
    }

    private InpaintCommand command(Map<String, String> environment) {
        return new InpaintCommand(
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                environment,
                config -> config.withRequestsPerSecond(1000)
                        .withPolling(Duration.ofMillis(5), 1, Duration.ofMillis(5))
                        .withRetries(2, Duration.ofMillis(5), Duration.ofMillis(5)));
    }

    private String printed() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String errors() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private void answer(int code, String json) {
        server.enqueue(new MockResponse()
                .setResponseCode(code)
                .setHeader("Content-Type", "application/json")
                .setBody(json));
    }

    private void answer(TaskState state, int progress) {
        answer(200, ApiJson.write(TaskStatus.of("t-1", state, progress)));
    }

    @Test
    void printsTheStatesAsTheyComeAndWritesTheDownloadedResult() throws Exception {
        answer(TaskState.QUEUED, 0);
        answer(TaskState.PROCESSING, 40);
        answer(TaskState.PROCESSING, 40);
        answer(TaskState.PROCESSING, 90);
        answer(
                200,
                ApiJson.write(TaskStatus.of("t-1", TaskState.DONE, 100)
                        .withImage(server.url("/r.png") + "?a=1\\u0026b=2", ReturnType.URL)));
        server.enqueue(new MockResponse().setBody(new Buffer().write(RESULT)));

        int code = run(
                "--image",
                image.toString(),
                "--rects",
                "[{\"x\":181,\"y\":45,\"width\":195,\"height\":265}]",
                "--out",
                result.toString(),
                "--qps",
                "100");

        assertEquals(ExitCode.OK, code, errors());
        assertArrayEquals(RESULT, Files.readAllBytes(result));
        assertEquals(
                List.of("queued", "processing 40%", "processing 90%", "done, repaired", "wrote " + result + " (PNG)"),
                printed().lines().toList());
        RecordedRequest create = server.takeRequest(1, TimeUnit.SECONDS);
        assertEquals(KEY, create.getHeader("X-API-KEY"));
        assertTrue(create.getBody().readUtf8().contains("{\"x\":181,\"y\":45,\"width\":195,\"height\":265}"));
        for (int i = 0; i < 4; i++) {
            server.takeRequest(1, TimeUnit.SECONDS);
        }
        assertEquals("/r.png?a=1&b=2", server.takeRequest(1, TimeUnit.SECONDS).getPath());
        assertFalse(printed().contains(KEY) || errors().contains(KEY));
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(
                    List.of("coffee.png", "result.png"),
                    left.map(p -> p.getFileName().toString()).sorted().toList(),
                    "no temporary file is left behind");
        }
    }

    @Test
    void syncReturnTypeThreeWithRectanglesFromAFileWritesTheBodyAsIs() throws Exception {
        Path rects = Files.writeString(dir.resolve("boxes.json"), "[{\"x\":1,\"y\":2,\"width\":30,\"height\":40}]");
        server.enqueue(new MockResponse().setHeader("Content-Type", "image/png").setBody(new Buffer().write(RESULT)));

        int code = run(
                "--image",
                image.toString(),
                "--rects",
                "@" + rects,
                "--sync",
                "--return-type",
                "3",
                "--out",
                result.toString());

        assertEquals(ExitCode.OK, code, errors());
        assertArrayEquals(RESULT, Files.readAllBytes(result));
        String body = server.takeRequest(1, TimeUnit.SECONDS).getBody().readUtf8();
        assertTrue(body.contains("[{\"x\":1,\"y\":2,\"width\":30,\"height\":40}]"), body);
    }

    @Test
    void aPngResultSavedAsJpgIsConverted() throws Exception {
        answer(
                200,
                ApiJson.write(TaskStatus.of("t-1", TaskState.DONE, 100)
                        .withImage(Base64Codec.encode(RESULT), ReturnType.BASE64)));
        Path jpg = dir.resolve("result.jpg");

        int code = run(
                "--image",
                image.toString(),
                "--mask",
                write("mask.png", TestImages.mask(600, 400, 10, 10, 50, 50)).toString(),
                "--return-type",
                "2",
                "--out",
                jpg.toString());

        assertEquals(ExitCode.OK, code, errors());
        byte[] written = Files.readAllBytes(jpg);
        assertEquals(0xFF, written[0] & 0xFF);
        assertEquals(0xD8, written[1] & 0xFF);
        assertEquals(600, ImageIO.read(jpg.toFile()).getWidth());
        assertTrue(printed().contains("(JPEG)"), printed());
    }

    @Test
    void badInputIsRefusedBeforeAnythingIsSent() throws Exception {
        assertEquals(
                ExitCode.BAD_INPUT,
                run("--image", dir.resolve("missing.png").toString(), "--rects", "[]", "--out", result.toString()));
        assertTrue(
                errors().contains("Cannot read --image " + dir.resolve("missing.png") + ": there is no such file"),
                errors());

        assertEquals(
                ExitCode.BAD_INPUT,
                run(
                        "--image",
                        image.toString(),
                        "--rects",
                        "[{\"x\":0,\"y\":0,\"width\":1.5,\"height\":2}]",
                        "--out",
                        result.toString()));
        assertTrue(errors().contains("--rects: rectangles[0].width must be a whole number"), errors());

        assertEquals(
                ExitCode.BAD_INPUT,
                run(
                        "--image",
                        image.toString(),
                        "--rects",
                        "[{\"x\":0,\"y\":0,\"width\":10,\"height\":10}]",
                        "--return-type",
                        "3",
                        "--out",
                        result.toString()));
        assertTrue(errors().contains("return_type 3"), errors());

        assertEquals(0, server.getRequestCount());
        assertFalse(Files.exists(result));
    }

    @Test
    void aRefusedRequestExitsWithRefused() throws Exception {
        answer(401, ApiJson.write(new ApiError(401, "Unauthorized")));

        assertEquals(
                ExitCode.REFUSED,
                run(
                        "--image",
                        image.toString(),
                        "--rects",
                        "[{\"x\":0,\"y\":0,\"width\":10,\"height\":10}]",
                        "--out",
                        result.toString()));
        assertTrue(errors().contains("Check the API key"), errors());
        assertFalse(Files.exists(result));
    }

    @Test
    void aRedirectExitsWithRefusedAndSaysWhereToWithoutATrace() throws Exception {
        server.enqueue(new MockResponse()
                .setResponseCode(308)
                .setHeader("Location", "https://new.example.com/api/tasks/visual/inpaint"));

        assertEquals(
                ExitCode.REFUSED,
                run(
                        "--image",
                        image.toString(),
                        "--rects",
                        "[{\"x\":0,\"y\":0,\"width\":10,\"height\":10}]",
                        "--out",
                        result.toString()));
        assertTrue(
                errors().contains("redirect to https://new.example.com") && errors().contains("--api-url"), errors());
        assertFalse(errors().contains("Exception") || errors().contains("\tat "), errors());
        assertEquals(1, server.getRequestCount());
    }

    @Test
    void aFailedTaskExitsWithTaskFailed() throws Exception {
        answer(TaskState.PROCESSING, 10);
        answer(TaskState.TIMED_OUT, 0);

        assertEquals(
                ExitCode.TASK_FAILED,
                run(
                        "--image",
                        image.toString(),
                        "--rects",
                        "[{\"x\":0,\"y\":0,\"width\":10,\"height\":10}]",
                        "--out",
                        result.toString()));
        assertTrue(printed().contains("processing took longer than 30 s"), printed());
        assertTrue(errors().contains("Try a smaller image"), errors());
    }

    @Test
    void anUnreachableServiceExitsWithNetwork() throws Exception {
        String url = server.url("/").toString();
        server.shutdown();

        int code = command(Map.of())
                .run(List.of(
                        "--api-url",
                        url,
                        "--image",
                        image.toString(),
                        "--rects",
                        "[{\"x\":0,\"y\":0,\"width\":10,\"height\":10}]",
                        "--out",
                        result.toString(),
                        "--timeout",
                        "3"));

        assertEquals(ExitCode.NETWORK, code);
        assertTrue(errors().contains("Could not talk to the service"), errors());
        assertTrue(errors().contains("no API key"), errors());
    }

    @Test
    void anUnwritableOutputExitsWithOutputAndKeepsNothingHalfWritten() throws Exception {
        answer(
                200,
                ApiJson.write(TaskStatus.of("t-1", TaskState.DONE, 100)
                        .withImage(Base64Codec.encode(RESULT), ReturnType.BASE64)));
        Path nowhere = dir.resolve("no-such-folder").resolve("result.png");

        assertEquals(
                ExitCode.OUTPUT,
                run(
                        "--image",
                        image.toString(),
                        "--rects",
                        "[{\"x\":0,\"y\":0,\"width\":10,\"height\":10}]",
                        "--out",
                        nowhere.toString()));
        assertTrue(errors().contains("does not exist"), errors());
    }

    @Test
    void helpListsEveryOption() {
        assertEquals(
                ExitCode.OK,
                new CommandLine(new PrintStream(out, true, StandardCharsets.UTF_8), System.err)
                        .run(new String[] {"inpaint", "--help"}));
        for (String option : List.of(
                "--api-url",
                "--api-key",
                "INPAINT_API_KEY",
                "--image",
                "--image-url",
                "--image-base64",
                "--mask",
                "--rects",
                "--sync",
                "--return-type",
                "--qps",
                "--timeout",
                "--out",
                "--method",
                "--seed")) {
            assertTrue(printed().contains(option), option);
        }
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }
}
