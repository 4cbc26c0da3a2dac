package org.inpaintstudio.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.inpaintstudio.backend.LocalBackend;
import org.inpaintstudio.backend.LocalBackendSettings;
import org.inpaintstudio.client.ApiKey;
import org.inpaintstudio.client.ClientConfig;
import org.inpaintstudio.client.InpaintClient;
import org.inpaintstudio.engine.Inpainter;

/**
 * A running {@code serve} on a free loopback port over a {@link LocalBackend}, with the project's client and a
 * raw OkHttp client for requests the project's client would never send.
 */
final class ServerHarness implements AutoCloseable {
    static final String KEY = "test-key-0123456789";
    /** Jetty's start and stop notices would drown the test output. */
    private static final Logger JETTY_LOG = quiet("org.eclipse.jetty");

    static final MediaType PNG = MediaType.get("image/png");
    private static final ObjectMapper JSON = new ObjectMapper();

    final InpaintServer server;
    final LocalBackend backend;
    /** Written by Jetty's threads while a test reads it, so reads must not need the writer's lock. */
    final List<String> accessLog = new CopyOnWriteArrayList<>();

    final OkHttpClient http =
            new OkHttpClient.Builder().readTimeout(Duration.ofSeconds(20)).build();

    private ServerHarness(Supplier<Inpainter> engine, LocalBackendSettings backendSettings, ServerSettings settings)
            throws IOException {
        this.backend = new LocalBackend(engine, backendSettings, Runnable::run);
        this.server = InpaintServer.start(settings.withAccessLog(accessLog::add), backend);
    }

    static ServerSettings settings() {
        return ServerSettings.defaults(List.of(KEY))
                .withAddress("127.0.0.1", 0)
                .withQps(0)
                .withShutdownGrace(Duration.ofMillis(200));
    }

    static LocalBackendSettings backendSettings() {
        return LocalBackendSettings.defaults()
                .withWorkers(2)
                .withMaxQueue(32)
                .withProcessingLimit(Duration.ofSeconds(5))
                .withFetchTimeout(Duration.ofSeconds(2))
                .withAllowPrivateUrls(true); // the test images are served on loopback
    }

    static ServerHarness start(Supplier<Inpainter> engine) throws IOException {
        return new ServerHarness(engine, backendSettings(), settings());
    }

    static ServerHarness start(
            Supplier<Inpainter> engine, LocalBackendSettings backendSettings, ServerSettings settings)
            throws IOException {
        return new ServerHarness(engine, backendSettings, settings);
    }

    String url(String path) {
        return server.baseUrl() + path;
    }

    /** The project's client, patient enough for tests and quick to poll. */
    InpaintClient client() {
        return client(KEY);
    }

    InpaintClient client(String key) {
        ClientConfig config = ClientConfig.defaults(server.baseUrl(), ApiKey.of(key))
                .withRequestsPerSecond(1000)
                .withPolling(Duration.ofMillis(20), 1.2, Duration.ofMillis(100))
                .withRetries(0, Duration.ofMillis(10), Duration.ofMillis(10))
                .withDeadline(Duration.ofSeconds(20));
        return new InpaintClient(config);
    }

    /** A form as API.md describes it, to be filled field by field. */
    static MultipartBody.Builder form() {
        return new MultipartBody.Builder().setType(MultipartBody.FORM);
    }

    static MultipartBody.Builder file(MultipartBody.Builder form, String field, byte[] bytes) {
        return form.addFormDataPart(field, field + ".bin", RequestBody.create(bytes, PNG));
    }

    /** POSTs a create request with the key; the caller closes the response. */
    Response create(RequestBody body) throws IOException {
        return http.newCall(new Request.Builder()
                        .url(url(Routes.TASKS))
                        .header("X-API-KEY", KEY)
                        .post(body)
                        .build())
                .execute();
    }

    Response get(String path) throws IOException {
        return http.newCall(new Request.Builder()
                        .url(url(path))
                        .header("X-API-KEY", KEY)
                        .build())
                .execute();
    }

    private static Logger quiet(String name) {
        Logger logger = Logger.getLogger(name);
        logger.setLevel(Level.WARNING);
        return logger;
    }

    /** The answer's JSON. */
    static JsonNode json(Response response) throws IOException {
        return JSON.readTree(response.body().string());
    }

    @Override
    public void close() {
        server.stop();
    }
}
