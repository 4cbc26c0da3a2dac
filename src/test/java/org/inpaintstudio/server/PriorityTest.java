package org.inpaintstudio.server;

import static org.inpaintstudio.server.RepairAssertions.assertRepaired;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Base64;
import okhttp3.MultipartBody;
import okhttp3.Response;
import org.inpaintstudio.backend.FillInpainter;
import org.inpaintstudio.backend.TestImages;
import org.inpaintstudio.image.MaskRectangle;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * When a form carries several sources, API.md's priorities pick one: image_file &gt; image_url &gt; image_base64,
 * mask_file &gt; mask_url &gt; mask_base64 &gt; rectangles. Each source here is told apart by its size (images) or
 * by where it marks (masks). The project's client sends one source only, so these forms are written by hand.
 */
class PriorityTest {
    private static final byte[] FILE_IMAGE = TestImages.png(20, 20);
    private static final byte[] URL_IMAGE = TestImages.png(30, 20);
    private static final byte[] BASE64_IMAGE = TestImages.png(40, 20);

    private static final MaskRectangle FILE_AREA = new MaskRectangle(0, 0, 4, 4);
    private static final MaskRectangle URL_AREA = new MaskRectangle(5, 5, 4, 4);
    private static final MaskRectangle BASE64_AREA = new MaskRectangle(10, 10, 4, 4);
    private static final MaskRectangle RECTANGLES_AREA = new MaskRectangle(15, 15, 4, 4);

    private static ServerHarness harness;
    private static ImageHost host;

    @BeforeAll
    static void start() throws Exception {
        harness = ServerHarness.start(() -> new FillInpainter(RepairAssertions.FILL));
        host = new ImageHost();
        host.serve("/image.png", URL_IMAGE);
        host.serve("/mask.png", mask(URL_AREA));
    }

    @AfterAll
    static void stop() throws Exception {
        harness.close();
        host.close();
    }

    private static byte[] mask(MaskRectangle area) {
        return TestImages.maskPng(20, 20, area.x(), area.y(), area.width(), area.height());
    }

    private static MultipartBody.Builder withRectangles() {
        return ServerHarness.form().addFormDataPart("rectangles", "[{\"x\":0,\"y\":0,\"width\":3,\"height\":3}]");
    }

    /** Runs the form synchronously with return_type 2 and answers the result bytes. */
    private static byte[] run(MultipartBody.Builder form) throws Exception {
        form.addFormDataPart("sync", "1").addFormDataPart("return_type", "2");
        try (Response response = harness.create(form.build())) {
            JsonNode json = ServerHarness.json(response);
            assertEquals(200, response.code(), json.toString());
            assertEquals(1, json.at("/data/state").asInt(), json.toString());
            return Base64.getDecoder().decode(json.at("/data/image").asText());
        }
    }

    private static int width(byte[] result) {
        return TestImages.decode(result).getWidth();
    }

    @Test
    void imageFileComesBeforeImageUrlAndImageBase64() throws Exception {
        MultipartBody.Builder form = withRectangles();
        ServerHarness.file(form, "image_file", FILE_IMAGE);
        form.addFormDataPart("image_url", host.url("/image.png"));
        form.addFormDataPart("image_base64", Base64.getEncoder().encodeToString(BASE64_IMAGE));
        int downloadsBefore = host.requestCount();
        assertEquals(20, width(run(form)));
        assertEquals(downloadsBefore, host.requestCount(), "the URL is not even fetched");
    }

    @Test
    void imageUrlComesBeforeImageBase64() throws Exception {
        MultipartBody.Builder form = withRectangles()
                .addFormDataPart("image_base64", Base64.getEncoder().encodeToString(BASE64_IMAGE))
                .addFormDataPart("image_url", host.url("/image.png"));
        assertEquals(30, width(run(form)));
    }

    @Test
    void imageBase64IsUsedAlone() throws Exception {
        MultipartBody.Builder form = withRectangles()
                .addFormDataPart("image_base64", Base64.getEncoder().encodeToString(BASE64_IMAGE));
        assertEquals(40, width(run(form)));
    }

    @Test
    void anEmptyImageFilePartCountsAsNotSent() throws Exception {
        MultipartBody.Builder form = withRectangles();
        ServerHarness.file(form, "image_file", new byte[0]);
        form.addFormDataPart("image_url", host.url("/image.png"));
        assertEquals(30, width(run(form)));
    }

    private static MultipartBody.Builder imageWithMasks(boolean file, boolean url, boolean base64) {
        MultipartBody.Builder form = ServerHarness.form();
        ServerHarness.file(form, "image_file", FILE_IMAGE);
        form.addFormDataPart("rectangles", "[{\"x\":15,\"y\":15,\"width\":4,\"height\":4}]");
        if (base64) {
            form.addFormDataPart("mask_base64", Base64.getEncoder().encodeToString(mask(BASE64_AREA)));
        }
        if (url) {
            form.addFormDataPart("mask_url", host.url("/mask.png"));
        }
        if (file) {
            ServerHarness.file(form, "mask_file", mask(FILE_AREA));
        }
        return form;
    }

    @Test
    void maskFileComesFirst() throws Exception {
        assertRepaired(FILE_IMAGE, run(imageWithMasks(true, true, true)), FILE_AREA);
    }

    @Test
    void maskUrlComesBeforeMaskBase64AndRectangles() throws Exception {
        assertRepaired(FILE_IMAGE, run(imageWithMasks(false, true, true)), URL_AREA);
    }

    @Test
    void maskBase64ComesBeforeRectangles() throws Exception {
        assertRepaired(FILE_IMAGE, run(imageWithMasks(false, false, true)), BASE64_AREA);
    }

    @Test
    void rectanglesAreUsedAlone() throws Exception {
        assertRepaired(FILE_IMAGE, run(imageWithMasks(false, false, false)), RECTANGLES_AREA);
    }
}
