package org.inpaintstudio.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.Base64;
import java.util.List;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.inpaintstudio.backend.FillInpainter;
import org.inpaintstudio.backend.TestImages;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Requests the server turns down: each gets the right status, the same status in its JSON, and a useful message. */
class RefusalTest {
    private static final byte[] IMAGE = TestImages.png(20, 20);
    private static final String RECTANGLE = "[{\"x\":2,\"y\":2,\"width\":5,\"height\":5}]";

    private static ServerHarness harness;

    @BeforeAll
    static void start() throws IOException {
        harness = ServerHarness.start(() -> new FillInpainter(RepairAssertions.FILL));
    }

    @AfterAll
    static void stop() {
        harness.close();
    }

    /** After every refusal the server still does real work. */
    @AfterEach
    void serverStillAnswers() throws IOException {
        try (Response response = harness.create(imageForm()
                .addFormDataPart("rectangles", RECTANGLE)
                .addFormDataPart("sync", "1")
                .build())) {
            JsonNode json = ServerHarness.json(response);
            assertEquals(1, json.at("/data/state").asInt(), json.toString());
        }
    }

    static MultipartBody.Builder imageForm() {
        return ServerHarness.file(ServerHarness.form(), "image_file", IMAGE);
    }

    static void assertRefused(Response response, int status, String messagePart) throws IOException {
        JsonNode json = ServerHarness.json(response);
        assertEquals(status, response.code(), json.toString());
        assertEquals(status, json.get("status").asInt(), "the JSON status agrees with HTTP: " + json);
        String message = json.get("message").asText();
        assertTrue(message.toLowerCase().contains(messagePart.toLowerCase()), message);
        assertTrue(json.get("data") == null, "a refusal carries no task");
    }

    private static void assertCreateRefused(MultipartBody.Builder form, int status, String messagePart)
            throws IOException {
        try (Response response = harness.create(form.build())) {
            assertRefused(response, status, messagePart);
        }
    }

    @Test
    void noImageIs400() throws IOException {
        assertCreateRefused(ServerHarness.form().addFormDataPart("rectangles", RECTANGLE), 400, "image_file");
    }

    @Test
    void noMaskIs400() throws IOException {
        assertCreateRefused(imageForm().addFormDataPart("sync", "1"), 400, "rectangles");
    }

    @Test
    void malformedRectanglesAre400() throws IOException {
        assertCreateRefused(
                imageForm().addFormDataPart("rectangles", "[{\"x\":0,\"y\":0,\"width\":5"), 400, "not valid JSON");
        assertCreateRefused(
                imageForm().addFormDataPart("rectangles", "[{\"x\":0.5,\"y\":0,\"width\":5,\"height\":5}]"),
                400,
                "whole number");
        assertCreateRefused(
                imageForm().addFormDataPart("rectangles", "[{\"x\":0,\"y\":0,\"width\":0,\"height\":5}]"),
                400,
                "positive");
        assertCreateRefused(imageForm().addFormDataPart("rectangles", "{\"x\":0}"), 400, "array");
    }

    @Test
    void moreThanFiftyRectanglesAre400() throws IOException {
        String many =
                "[" + String.join(",", java.util.Collections.nCopies(51, "{\"x\":1,\"y\":1,\"width\":2,\"height\":2}"))
                        + "]";
        assertCreateRefused(imageForm().addFormDataPart("rectangles", many), 400, "50");
    }

    @Test
    void rectanglesAllOutsideTheImageAre400() throws IOException {
        assertCreateRefused(
                imageForm().addFormDataPart("rectangles", "[{\"x\":50,\"y\":50,\"width\":5,\"height\":5}]"),
                400,
                "inside");
    }

    @Test
    void maskOfAnotherSizeIs400() throws IOException {
        MultipartBody.Builder form = imageForm();
        ServerHarness.file(form, "mask_file", TestImages.maskPng(21, 20, 0, 0, 4, 4));
        assertCreateRefused(form, 400, "21 x 20");
    }

    @Test
    void emptyMaskIs400() throws IOException {
        MultipartBody.Builder form = imageForm();
        ServerHarness.file(form, "mask_file", TestImages.maskPng(20, 20, 0, 0, 0, 0));
        assertCreateRefused(form, 400, "nothing to repair");
    }

    @Test
    void aMaskOverTheWholeImageIs400() throws IOException {
        MultipartBody.Builder form = imageForm();
        ServerHarness.file(form, "mask_file", TestImages.maskPng(20, 20, 0, 0, 20, 20));
        assertCreateRefused(form, 400, "marks the whole image");
    }

    @Test
    void badSyncAndReturnTypeAre400() throws IOException {
        assertCreateRefused(
                imageForm().addFormDataPart("rectangles", RECTANGLE).addFormDataPart("return_type", "4"),
                400,
                "return_type");
        assertCreateRefused(
                imageForm().addFormDataPart("rectangles", RECTANGLE).addFormDataPart("return_type", "x"),
                400,
                "whole number");
        assertCreateRefused(
                imageForm().addFormDataPart("rectangles", RECTANGLE).addFormDataPart("sync", "yes"), 400, "sync");
    }

    @Test
    void returnTypeThreeWithoutSyncIs400() throws IOException {
        assertCreateRefused(
                imageForm().addFormDataPart("rectangles", RECTANGLE).addFormDataPart("return_type", "3"),
                400,
                "synchronous");
    }

    @Test
    void ossUrlIs400AskingForASignedHttpsUrl() throws IOException {
        assertCreateRefused(
                ServerHarness.form()
                        .addFormDataPart("image_url", "oss://bucket/photo.png")
                        .addFormDataPart("rectangles", RECTANGLE),
                400,
                "signed https URL");
    }

    @Test
    void otherSchemesAndOverlongUrlsAre400() throws IOException {
        assertCreateRefused(
                ServerHarness.form()
                        .addFormDataPart("image_url", "ftp://example.com/a.png")
                        .addFormDataPart("rectangles", RECTANGLE),
                400,
                "http");
        assertCreateRefused(
                ServerHarness.form()
                        .addFormDataPart("image_url", "http://example.com/" + "a".repeat(500))
                        .addFormDataPart("rectangles", RECTANGLE),
                400,
                "512");
    }

    @Test
    void invalidBase64Is400() throws IOException {
        assertCreateRefused(
                ServerHarness.form()
                        .addFormDataPart("image_base64", "not base64 at all!")
                        .addFormDataPart("rectangles", RECTANGLE),
                400,
                "base64");
    }

    @Test
    void imageOverFourThousandNinetySixPixelsIsRefusedFromItsHeader() throws IOException {
        MultipartBody.Builder form = ServerHarness.file(ServerHarness.form(), "image_file", TestImages.png(4097, 2));
        assertCreateRefused(form.addFormDataPart("rectangles", RECTANGLE), 400, "4097 x 2");
    }

    @Test
    void aBodyThatIsNotMultipartIs400() throws IOException {
        try (Response response =
                harness.create(RequestBody.create("{\"image_url\":\"x\"}", MediaType.get("application/json")))) {
            assertRefused(response, 400, "multipart/form-data");
        }
    }

    @Test
    void missingOrWrongKeyIs401OnEveryCall() throws IOException {
        Request noKey = new Request.Builder()
                .url(harness.url(Routes.TASKS))
                .post(imageForm().addFormDataPart("rectangles", RECTANGLE).build())
                .build();
        try (Response response = harness.http.newCall(noKey).execute()) {
            assertRefused(response, 401, "X-API-KEY");
        }
        Request wrongKey =
                noKey.newBuilder().header("X-API-KEY", ServerHarness.KEY + "x").build();
        try (Response response = harness.http.newCall(wrongKey).execute()) {
            assertRefused(response, 401, "X-API-KEY");
        }
        Request poll = new Request.Builder()
                .url(harness.url(Routes.TASK_PREFIX + "some-id"))
                .header("X-API-KEY", "wrong")
                .build();
        try (Response response = harness.http.newCall(poll).execute()) {
            assertRefused(response, 401, "X-API-KEY");
        }
    }

    @Test
    void unknownTaskIdAndUnknownUrlAre404() throws IOException {
        try (Response response = harness.get(Routes.TASK_PREFIX + "6b664b37-962d-4a82-8c14-4a046df46e15")) {
            assertRefused(response, 404, "task_id");
        }
        try (Response response = harness.get("/api/tasks/visual/other")) {
            assertRefused(response, 404, "unknown URL");
        }
        try (Response response = harness.get(Routes.RESULTS_PREFIX + "no-such-token.png")) {
            assertRefused(response, 404, "expired");
        }
    }

    @Test
    void wrongMethodIs405WithAllow() throws IOException {
        try (Response response = harness.get(Routes.TASKS)) {
            assertEquals("POST", response.header("Allow"));
            assertRefused(response, 405, "POST");
        }
    }

    @Test
    void imageFileOverFifteenMegabytesIs413() throws IOException {
        MultipartBody.Builder form =
                ServerHarness.file(ServerHarness.form(), "image_file", new byte[15 * 1024 * 1024 + 1]);
        assertCreateRefused(form.addFormDataPart("rectangles", RECTANGLE), 413, "15 MB");
    }

    @Test
    void base64ImageOverFifteenMegabytesIs413() throws IOException {
        String base64 = Base64.getEncoder().encodeToString(new byte[15 * 1024 * 1024 + 3]);
        assertCreateRefused(
                ServerHarness.form().addFormDataPart("image_base64", base64).addFormDataPart("rectangles", RECTANGLE),
                413,
                "15 MB");
    }

    @Test
    void bodyOverTheLimitIs413EvenWhenChunked() throws IOException {
        RequestBody endless = new RequestBody() {
            @Override
            public MediaType contentType() {
                return MediaType.get("application/octet-stream");
            }

            @Override
            public long contentLength() {
                return -1;
            }

            @Override
            public void writeTo(okio.BufferedSink sink) throws IOException {
                byte[] chunk = new byte[64 * 1024];
                for (int i = 0; i < 60 * 16; i++) {
                    sink.write(chunk);
                }
            }
        };
        MultipartBody form = ServerHarness.form()
                .addFormDataPart("image_file", "huge.png", endless)
                .addFormDataPart("rectangles", RECTANGLE)
                .build();
        try (Response response = harness.create(form)) {
            assertRefused(response, 413, "size limit");
        }
    }

    @Test
    void keysOnlySeeTheirOwnTasks() throws IOException {
        try (ServerHarness twoKeys = ServerHarness.start(
                () -> new FillInpainter(0),
                ServerHarness.backendSettings(),
                ServerHarness.settings().withApiKeys(List.of(ServerHarness.KEY, "second-key-abcdefgh")))) {
            String taskId;
            try (Response response = twoKeys.create(
                    imageForm().addFormDataPart("rectangles", RECTANGLE).build())) {
                taskId = ServerHarness.json(response).at("/data/task_id").asText();
            }
            Request other = new Request.Builder()
                    .url(twoKeys.url(Routes.TASK_PREFIX + taskId))
                    .header("X-API-KEY", "second-key-abcdefgh")
                    .build();
            try (Response response = twoKeys.http.newCall(other).execute()) {
                assertRefused(response, 404, "task_id");
            }
            try (Response response = twoKeys.get(Routes.TASK_PREFIX + taskId)) {
                assertEquals(200, response.code());
            }
        }
    }
}
