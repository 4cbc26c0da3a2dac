package org.inpaintstudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.inpaintstudio.backend.FillInpainter;
import org.inpaintstudio.server.InpaintServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ServeCommandTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final ServeCommand command = new ServeCommand(
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            method -> () -> new FillInpainter(0));
    private InpaintServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop();
        }
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private static int status(String url, String key) throws IOException {
        OkHttpClient http =
                new OkHttpClient.Builder().callTimeout(Duration.ofSeconds(5)).build();
        Request.Builder request = new Request.Builder().url(url + "/api/tasks/visual/inpaint/unknown");
        if (key != null) {
            request.header("X-API-KEY", key);
        }
        try (Response response = http.newCall(request.build()).execute()) {
            return response.code();
        }
    }

    /** Jetty writes an access-log line after the response has gone, so the client may see the answer first. */
    private boolean accessLogShows(String text) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (System.nanoTime() < deadline) {
            if (out().lines().anyMatch(l -> l.contains(text))) {
                return true;
            }
            Thread.sleep(20);
        }
        return false;
    }

    @Test
    void withoutAKeyOneIsGeneratedPrintedOnceAndAccepted() throws Exception {
        server = command.start(List.of("--port", "0"));
        List<String> lines = out().lines().toList();
        int at = lines.indexOf(
                lines.stream().filter(l -> l.startsWith("API key")).findFirst().orElseThrow());
        String key = lines.get(at + 1).strip();
        assertEquals(43, key.length(), key);
        assertEquals(1, out().split(key, -1).length - 1, "printed once");
        assertTrue(out().contains(server.baseUrl() + "/api/tasks/visual/inpaint"), out());
        assertTrue(server.baseUrl().startsWith("http://127.0.0.1:"), "loopback by default");
        assertEquals(404, status(server.baseUrl(), key), "the key is accepted");
        assertEquals(401, status(server.baseUrl(), "another"));
        assertTrue(
                accessLogShows("GET /api/tasks/visual/inpaint/unknown 404"), "the access log goes to standard output");
        assertFalse(out().lines().filter(l -> l.contains(" GET ")).anyMatch(l -> l.contains(key)));
    }

    @Test
    void aGivenKeyIsUsedAndNeverPrinted() throws Exception {
        server = command.start(List.of(
                "--port=0",
                "--api-key",
                "my-own-key-123",
                "--qps",
                "0",
                "--workers",
                "3",
                "--max-queue",
                "4",
                "--method",
                "telea"));
        assertFalse(out().contains("my-own-key-123"), out());
        assertTrue(out().contains("telea, 3 worker(s), queue 4, no rate limit"), out());
        assertEquals(404, status(server.baseUrl(), "my-own-key-123"));
    }

    @Test
    void listeningBeyondLoopbackWarns() throws Exception {
        server = command.start(List.of("--host", "0.0.0.0", "--port", "0", "--api-key", "k-1234567890"));
        assertTrue(err().contains("other machines can reach this server"), err());
        assertTrue(err().contains("--allow-url-hosts"), err());
    }

    @Test
    void aPortInUseIsReportedAsBadInput() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            assertEquals(ExitCode.BAD_INPUT, command.run(List.of("--port", String.valueOf(taken.getLocalPort()))));
            assertTrue(err().contains("Choose another --port"), err());
        }
    }

    @Test
    void helpListsEveryOption() {
        assertEquals(ExitCode.OK, command.run(List.of("--help")));
        for (String option : List.of(
                "--host",
                "--port",
                "--api-key",
                "--qps",
                "--workers",
                "--max-queue",
                "--allow-url-hosts",
                "--method")) {
            assertTrue(out().contains(option), option);
        }
    }

    @Test
    void badOptionsSayWhatToWrite() {
        assertBad(List.of("--port", "http"), "--port must be a whole number from 0 to 65535");
        assertBad(List.of("--qps", "-1"), "--qps must be a number");
        assertBad(List.of("--workers", "0"), "--workers must be a whole number from 1");
        assertBad(List.of("--max-queue"), "--max-queue needs a value");
        assertBad(List.of("--port", "1", "--port", "2"), "given twice");
        assertBad(List.of("--allow-url-hosts", "a.com,no spaces"), "'no spaces' is not one");
        assertBad(List.of("--method", "magic"), "auto, patch or telea");
        assertBad(List.of("--verbose"), "Unknown option --verbose");
    }

    private void assertBad(List<String> args, String message) {
        err.reset();
        assertEquals(ExitCode.BAD_INPUT, command.run(args), args.toString());
        assertTrue(err().contains(message), err());
    }

    @Test
    void optionsParseToTheirValues() throws OptionException {
        ServeOptions options = ServeOptions.parse(List.of("--allow-url-hosts", "Images.Example.com, *.cdn.org"));
        assertEquals(List.of("images.example.com", "*.cdn.org"), options.allowUrlHosts());
        assertEquals("127.0.0.1", options.host());
        assertEquals(8765, options.port());
        assertEquals(2.0, options.qps());
        assertNull(options.apiKey());
        assertFalse(options.reachableFromOtherMachines());
        assertTrue(ServeOptions.parse(List.of("--host", "192.168.1.5")).reachableFromOtherMachines());
        assertNotNull(assertThrows(OptionException.class, () -> ServeOptions.parse(List.of("--port"))));
    }
}
