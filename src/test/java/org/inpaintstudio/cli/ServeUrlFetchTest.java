package org.inpaintstudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okio.Buffer;
import org.inpaintstudio.api.ImageSource;
import org.inpaintstudio.api.InpaintRequest;
import org.inpaintstudio.api.MaskSource;
import org.inpaintstudio.api.TaskState;
import org.inpaintstudio.api.TestImages;
import org.inpaintstudio.backend.FillInpainter;
import org.inpaintstudio.client.ApiKey;
import org.inpaintstudio.client.Cancellation;
import org.inpaintstudio.client.ClientConfig;
import org.inpaintstudio.client.InpaintClient;
import org.inpaintstudio.client.TaskFailedException;
import org.inpaintstudio.client.TaskListener;
import org.inpaintstudio.image.MaskRectangle;
import org.inpaintstudio.server.InpaintServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code serve} does not fetch image_url from this machine unless told to. */
class ServeUrlFetchTest {
    private static final String KEY = "serve-fetch-key-1";

    private final ServeCommand command = new ServeCommand(
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            method -> () -> new FillInpainter(0));
    /** Stands for a service on the server's loopback, such as an admin page. */
    private final MockWebServer loopback = new MockWebServer();

    private InpaintServer server;

    @BeforeEach
    void start() throws IOException {
        loopback.start(InetAddress.getByName("127.0.0.1"), 0);
    }

    @AfterEach
    void stop() throws IOException {
        if (server != null) {
            server.stop();
        }
        loopback.shutdown();
    }

    private void run(String url, String... options) throws Exception {
        List<String> args = new ArrayList<>(List.of("--port", "0", "--api-key", KEY, "--qps", "0"));
        args.addAll(List.of(options));
        server = command.start(args);
        InpaintClient client = new InpaintClient(ClientConfig.defaults(server.baseUrl(), ApiKey.of(KEY))
                .withPolling(Duration.ofMillis(20), 1, Duration.ofMillis(20))
                .withDeadline(Duration.ofSeconds(20)));
        client.run(
                InpaintRequest.of(
                        new ImageSource.Url(url), new MaskSource.Rectangles(List.of(new MaskRectangle(0, 0, 4, 4)))),
                TaskListener.NONE,
                new Cancellation());
    }

    @Test
    void loopbackImageUrlsAreRefusedByDefault() {
        for (String host : List.of("127.0.0.1", "localhost", "2130706433", "[::1]")) {
            TaskFailedException e = assertThrows(
                    TaskFailedException.class, () -> run("http://" + host + ":" + loopback.getPort() + "/admin.png"));
            assertEquals(TaskState.IMAGE_URL_DOWNLOAD_FAILED, e.state());
            server.stop();
            server = null;
        }
        assertEquals(0, loopback.getRequestCount());
    }

    @Test
    void allowPrivateUrlsLetsThemThrough() throws Exception {
        loopback.enqueue(new MockResponse().setBody(new Buffer().write(TestImages.png(8, 8))));

        run(loopback.url("/in.png").toString(), "--allow-private-urls");

        assertEquals(1, loopback.getRequestCount());
    }
}
