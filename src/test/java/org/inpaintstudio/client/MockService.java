package org.inpaintstudio.client;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.MultipartReader;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okio.Buffer;
import org.inpaintstudio.api.ApiError;
import org.inpaintstudio.api.ApiJson;
import org.inpaintstudio.api.ImageSource;
import org.inpaintstudio.api.InpaintRequest;
import org.inpaintstudio.api.MaskSource;
import org.inpaintstudio.api.ReturnType;
import org.inpaintstudio.api.TaskState;
import org.inpaintstudio.api.TaskStatus;
import org.inpaintstudio.image.MaskRectangle;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A scripted service on loopback, a client configured with short waits for it, and readers for what it got.
 * Register it with {@code @RegisterExtension} to have it started and stopped around each test.
 */
final class MockService implements AutoCloseable, BeforeEachCallback, AfterEachCallback {
    static final String KEY = "sk-secret-7f3a9c21e4b6d805";
    static final String TASKS_PATH = "/api/tasks/visual/inpaint";
    private static final Pattern BOUNDARY = Pattern.compile("boundary=(.+)");

    /** A request that passes validation without any image bytes: an image URL and one rectangle. */
    static final InpaintRequest URL_REQUEST = InpaintRequest.of(
            new ImageSource.Url("https://example.com/in.png"),
            new MaskSource.Rectangles(List.of(new MaskRectangle(0, 0, 10, 10))));

    final MockWebServer server = new MockWebServer();

    void start() throws IOException {
        server.start(InetAddress.getLoopbackAddress(), 0);
    }

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        start();
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        close();
    }

    /** Fast waits so the whole suite stays quick; no rate limit to speak of. */
    ClientConfig config() {
        return ClientConfig.defaults(server.url("/").toString(), ApiKey.of(KEY))
                .withRequestsPerSecond(1000)
                .withPolling(Duration.ofMillis(10), 2, Duration.ofMillis(40))
                .withRetries(3, Duration.ofMillis(10), Duration.ofMillis(40))
                .withDeadline(Duration.ofSeconds(5));
    }

    InpaintClient client() {
        return new InpaintClient(config());
    }

    String url(String path) {
        return server.url(path).toString();
    }

    void answer(int code, String body) {
        server.enqueue(new MockResponse()
                .setResponseCode(code)
                .setHeader("Content-Type", "application/json")
                .setBody(body));
    }

    void answerTask(String taskId, TaskState state, int progress) {
        answer(200, task(taskId, state, progress));
    }

    static String task(String taskId, TaskState state, int progress) {
        return ApiJson.write(TaskStatus.of(taskId, state, progress));
    }

    static String done(String taskId, String image, ReturnType returnType) {
        return ApiJson.write(TaskStatus.of(taskId, TaskState.DONE, 100).withImage(image, returnType));
    }

    static String error(int status, String message) {
        return ApiJson.write(new ApiError(status, message));
    }

    RecordedRequest take() throws InterruptedException {
        RecordedRequest request = server.takeRequest(2, TimeUnit.SECONDS);
        assertNotNull(request, "the service got no (further) request");
        return request;
    }

    /** The parts of a multipart/form-data request, in the order sent. */
    static List<FormPart> form(RecordedRequest request) throws IOException {
        Matcher boundary = BOUNDARY.matcher(request.getHeader("Content-Type"));
        if (!boundary.find()) {
            throw new AssertionError("not multipart: " + request.getHeader("Content-Type"));
        }
        List<FormPart> parts = new ArrayList<>();
        try (MultipartReader reader =
                new MultipartReader(new Buffer().write(request.getBody().readByteArray()), boundary.group(1))) {
            MultipartReader.Part part;
            while ((part = reader.nextPart()) != null) {
                parts.add(FormPart.of(
                        part.headers().get("Content-Disposition"),
                        part.headers().get("Content-Type"),
                        part.body().readByteArray()));
            }
        }
        return parts;
    }

    @Override
    public void close() throws IOException {
        server.shutdown();
    }

    /** One form field: its name, file name (null for a text field), type and content. */
    record FormPart(String name, String fileName, String contentType, byte[] body) {
        private static final Pattern NAME = Pattern.compile("; name=\"([^\"]*)\"");
        private static final Pattern FILE_NAME = Pattern.compile("; filename=\"([^\"]*)\"");

        static FormPart of(String disposition, String contentType, byte[] body) {
            Matcher name = NAME.matcher(disposition);
            Matcher fileName = FILE_NAME.matcher(disposition);
            return new FormPart(
                    name.find() ? name.group(1) : null, fileName.find() ? fileName.group(1) : null, contentType, body);
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }
}
