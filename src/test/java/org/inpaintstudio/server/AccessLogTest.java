package org.inpaintstudio.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Base64;
import java.util.List;
import okhttp3.Response;
import org.inpaintstudio.backend.FillInpainter;
import org.inpaintstudio.backend.TestImages;
import org.junit.jupiter.api.Test;

class AccessLogTest {
    @Test
    void oneLinePerRequestWithoutKeyImageOrResultToken() throws Exception {
        byte[] image = TestImages.png(16, 16);
        String imageBase64 = Base64.getEncoder().encodeToString(image);
        try (ServerHarness harness = ServerHarness.start(() -> new FillInpainter(0))) {
            JsonNode done;
            try (Response response = harness.create(ServerHarness.form()
                    .addFormDataPart("image_base64", imageBase64)
                    .addFormDataPart("rectangles", "[{\"x\":1,\"y\":1,\"width\":3,\"height\":3}]")
                    .addFormDataPart("sync", "1")
                    .build())) {
                done = ServerHarness.json(response);
            }
            String resultUrl = done.at("/data/image").asText();
            String token = resultUrl.substring(resultUrl.lastIndexOf('/') + 1, resultUrl.lastIndexOf('.'));
            try (Response response =
                    harness.get(resultUrl.substring(harness.server.baseUrl().length()))) {
                assertEquals(200, response.code());
            }
            try (Response response =
                    harness.get(Routes.TASK_PREFIX + done.at("/data/task_id").asText() + "?secret=query")) {
                assertEquals(200, response.code());
            }
            harness.close();

            List<String> lines = List.copyOf(harness.accessLog);
            assertEquals(3, lines.size(), lines.toString());
            assertTrue(
                    lines.get(0).matches("\\S+ 127\\.0\\.0\\.1 POST /api/tasks/visual/inpaint 200 \\d+B \\d+ms"),
                    lines.get(0));
            assertTrue(lines.get(1).contains("GET /api/results/<token> 200"), lines.get(1));
            String all = String.join("\n", lines);
            assertFalse(all.contains(ServerHarness.KEY), "no key");
            assertFalse(all.contains(token), "no result token");
            assertFalse(all.contains(imageBase64.substring(0, 40)), "no image data");
            assertFalse(all.contains("secret"), "no query string");
        }
    }

    @Test
    void longPathsAreShortened() {
        String logged = AccessLog.loggablePath("/" + "a".repeat(1000));
        assertTrue(logged.length() < 130, logged);
    }
}
