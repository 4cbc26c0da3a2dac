package org.inpaintstudio.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import okhttp3.MultipartBody;
import okhttp3.Response;
import okio.Buffer;
import org.inpaintstudio.backend.FillInpainter;
import org.inpaintstudio.backend.TestImages;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What a careless or hostile client can send over a raw socket: nothing gives a 500, nothing stops the server,
 * and no upload is left behind on disk.
 */
class HostileInputTest {
    private static final String BOUNDARY = "b0undary";
    private static ServerHarness harness;

    @BeforeAll
    static void start() throws IOException {
        harness = ServerHarness.start(() -> new FillInpainter(0));
    }

    @AfterAll
    static void stop() {
        harness.close();
    }

    @AfterEach
    void serverStillWorksAndKeepsNoUploads() throws Exception {
        MultipartBody form = ServerHarness.file(ServerHarness.form(), "image_file", TestImages.png(16, 16))
                .addFormDataPart("rectangles", "[{\"x\":1,\"y\":1,\"width\":3,\"height\":3}]")
                .addFormDataPart("sync", "1")
                .addFormDataPart("return_type", "2")
                .build();
        try (Response response = harness.create(form)) {
            assertEquals(1, ServerHarness.json(response).at("/data/state").asInt());
        }
        long uploads = 0;
        for (int i = 0; i < 50 && (uploads = harness.server.uploadFiles()) > 0; i++) {
            Thread.sleep(20);
        }
        assertEquals(0, uploads, "no upload is left on disk");
    }

    /** Sends raw bytes and answers the status of the reply, or -1 when the server closed without one. */
    private static int exchange(byte[] request) throws IOException {
        URI base = URI.create(harness.server.baseUrl());
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            try {
                out.write(request);
                out.flush();
                socket.shutdownOutput();
            } catch (SocketException closedEarly) {
                // The server may answer and close before it has read everything; read what it said.
            }
            String reply = readAll(socket.getInputStream());
            if (!reply.startsWith("HTTP/1.1 ")) {
                return -1;
            }
            int status = Integer.parseInt(reply.substring(9, 12));
            if (status >= 400) {
                assertTrue(reply.contains("\"status\":" + status), "a JSON body with the same status: " + reply);
            }
            return status;
        }
    }

    private static String readAll(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n; (n = in.read(buffer)) > 0; ) {
                bytes.write(buffer, 0, n);
            }
        } catch (SocketException reset) {
            // A reset after the answer is fine: the answer is what counts.
        }
        return bytes.toString(StandardCharsets.ISO_8859_1);
    }

    private static byte[] post(String extraHeaders, byte[] body, long declaredLength) {
        String head = "POST " + Routes.TASKS + " HTTP/1.1\r\nHost: localhost\r\nX-API-KEY: " + ServerHarness.KEY
                + "\r\nContent-Type: multipart/form-data; boundary=" + BOUNDARY + "\r\nContent-Length: "
                + declaredLength
                + "\r\nConnection: close\r\n" + extraHeaders + "\r\n";
        return new Buffer().writeUtf8(head).write(body).readByteArray();
    }

    private static byte[] post(byte[] body) {
        return post("", body, body.length);
    }

    private static byte[] validBody() {
        String text = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"rectangles\"\r\n\r\n"
                + "[{\"x\":1,\"y\":1,\"width\":3,\"height\":3}]\r\n--" + BOUNDARY + "\r\n"
                + "Content-Disposition: form-data; name=\"image_file\"; filename=\"a.png\"\r\n"
                + "Content-Type: image/png\r\n\r\n";
        return new Buffer()
                .writeUtf8(text)
                .write(TestImages.png(16, 16))
                .writeUtf8("\r\n--" + BOUNDARY + "--\r\n")
                .readByteArray();
    }

    private static void assertNoServerError(int status) {
        assertTrue(status != 500 && status < 503, "got " + status);
    }

    @Test
    void randomBytesAsTheBodyAre400() throws IOException {
        byte[] noise = new byte[50_000];
        new Random(1).nextBytes(noise);
        assertEquals(400, exchange(post(noise)));
    }

    @Test
    void multipartCutOffBeforeItsEndIs400() throws IOException {
        byte[] body = validBody();
        byte[] cut = java.util.Arrays.copyOf(body, body.length / 2);
        assertEquals(400, exchange(post(cut)));
    }

    @Test
    void bodyShorterThanItsContentLengthDoesNotHurt() throws IOException {
        byte[] body = validBody();
        int status = exchange(post("", java.util.Arrays.copyOf(body, body.length / 2), body.length));
        assertTrue(status == -1 || status == 400, "got " + status);
    }

    @Test
    void mutatedMultipartBodiesNeverGiveAServerError() throws IOException {
        Random random = new Random(42);
        byte[] body = validBody();
        for (int round = 0; round < 40; round++) {
            byte[] mutated = body.clone();
            for (int i = 0; i < 1 + random.nextInt(20); i++) {
                mutated[random.nextInt(mutated.length)] = (byte) random.nextInt(256);
            }
            assertNoServerError(exchange(post(mutated)));
        }
    }

    @Test
    void hugeHeaderIs431() throws IOException {
        String header = "X-Filler: " + "a".repeat(64 * 1024) + "\r\n";
        assertEquals(431, exchange(post(header, validBody(), validBody().length)));
    }

    @Test
    void hugeUrlIsRefused() throws IOException {
        byte[] request =
                ("GET /" + "a".repeat(100_000) + " HTTP/1.1\r\nHost: x\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        int status = exchange(request);
        assertTrue(status == 414 || status == 431, "got " + status);
    }

    @Test
    void garbageInsteadOfHttpIs400() throws IOException {
        int status = exchange("HELLO THERE\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        assertTrue(status == 400 || status == 505, "a request line without a version: " + status);
        byte[] noise = new byte[4096];
        new Random(5).nextBytes(noise);
        status = exchange(noise);
        assertTrue(status == 400 || status == -1, "got " + status);
    }

    @Test
    void tooManyPartsAre400() throws IOException {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            body.append("--")
                    .append(BOUNDARY)
                    .append("\r\nContent-Disposition: form-data; name=\"f")
                    .append(i)
                    .append("\"\r\n\r\nx\r\n");
        }
        body.append("--").append(BOUNDARY).append("--\r\n");
        assertEquals(400, exchange(post(body.toString().getBytes(StandardCharsets.US_ASCII))));
    }

    @Test
    void hugePartHeadersAre400() throws IOException {
        String body = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"rectangles\"\r\nX-Pad: "
                + "p".repeat(20_000) + "\r\n\r\n[]\r\n--" + BOUNDARY + "--\r\n";
        assertEquals(400, exchange(post(body.getBytes(StandardCharsets.US_ASCII))));
    }

    @Test
    void declaredLengthOverTheLimitIs413WithoutReadingTheBody() throws IOException {
        byte[] request = post("", new byte[0], 500L * 1024 * 1024);
        assertEquals(413, exchange(request));
    }
}
