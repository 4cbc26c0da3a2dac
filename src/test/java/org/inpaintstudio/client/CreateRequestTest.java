package org.inpaintstudio.client;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import okhttp3.mockwebserver.RecordedRequest;
import org.inpaintstudio.api.Base64Codec;
import org.inpaintstudio.api.FileUpload;
import org.inpaintstudio.api.ImageSource;
import org.inpaintstudio.api.InpaintRequest;
import org.inpaintstudio.api.MaskSource;
import org.inpaintstudio.api.ReturnType;
import org.inpaintstudio.api.TestImages;
import org.inpaintstudio.image.ImageFiles;
import org.inpaintstudio.image.ImageFormat;
import org.inpaintstudio.image.ImageLimits;
import org.inpaintstudio.image.MaskCodec;
import org.inpaintstudio.image.MaskPlane;
import org.inpaintstudio.image.MaskRectangle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The exact multipart the client sends: field names, one field per source, values, headers. */
class CreateRequestTest {
    private static final byte[] IMAGE = TestImages.photo("coffee.png");
    private static final byte[] MASK = TestImages.photo("masks/coffee_box.png");
    private static final String RESULT = Base64Codec.encode(TestImages.png(4, 4));

    @RegisterExtension
    final MockService service = new MockService();

    private List<MockService.FormPart> send(InpaintRequest request) throws Exception {
        service.answer(200, MockService.done("t-1", RESULT, ReturnType.BASE64));
        service.client().run(request, TaskListener.NONE, new Cancellation());
        RecordedRequest recorded = service.take();
        assertEquals("POST", recorded.getMethod());
        assertEquals(MockService.TASKS_PATH, recorded.getPath());
        assertEquals(MockService.KEY, recorded.getHeader("X-API-KEY"));
        return MockService.form(recorded);
    }

    @Test
    void fileAndRectanglesGoAsImageFileAndRectanglesJsonThenSyncAndReturnType() throws Exception {
        InpaintRequest request = new InpaintRequest(
                new ImageSource.File(new FileUpload(IMAGE, "coffee.png")),
                new MaskSource.Rectangles(
                        List.of(new MaskRectangle(181, 45, 195, 265), new MaskRectangle(0, 0, 10, 20))),
                false,
                ReturnType.BASE64);

        List<MockService.FormPart> parts = send(request);

        assertEquals(
                List.of("image_file", "rectangles", "sync", "return_type"),
                parts.stream().map(MockService.FormPart::name).toList());
        assertEquals("coffee.png", parts.get(0).fileName());
        assertEquals("image/png", parts.get(0).contentType());
        assertArrayEquals(IMAGE, parts.get(0).body());
        assertEquals(
                "[{\"x\":181,\"y\":45,\"width\":195,\"height\":265},{\"x\":0,\"y\":0,\"width\":10,\"height\":20}]",
                parts.get(1).text());
        assertNull(parts.get(1).fileName());
        assertEquals("0", parts.get(2).text());
        assertEquals("2", parts.get(3).text());
    }

    static Stream<Arguments> everySource() {
        String imageBase64 = Base64Codec.encode(IMAGE);
        String maskBase64 = Base64Codec.encode(MASK);
        return Stream.of(
                Arguments.of(
                        new ImageSource.File(new FileUpload(IMAGE, "photo.png")),
                        new MaskSource.File(new FileUpload(MASK, "mask.png")),
                        "image_file",
                        "mask_file"),
                Arguments.of(
                        new ImageSource.Url("https://cdn.example.com/a.jpg?x=1&y=2"),
                        new MaskSource.Url("https://cdn.example.com/m.png"),
                        "image_url",
                        "mask_url"),
                Arguments.of(
                        new ImageSource.Base64(imageBase64),
                        new MaskSource.Base64(maskBase64),
                        "image_base64",
                        "mask_base64"));
    }

    @ParameterizedTest
    @MethodSource("everySource")
    void eachSourceTravelsInItsOwnFieldAndNoOther(
            ImageSource image, MaskSource mask, String imageField, String maskField) throws Exception {
        List<MockService.FormPart> parts = send(new InpaintRequest(image, mask, true, ReturnType.BASE64));

        assertEquals(
                List.of(imageField, maskField, "sync", "return_type"),
                parts.stream().map(MockService.FormPart::name).toList());
        assertEquals("1", parts.get(2).text());
        if (image instanceof ImageSource.Url url) {
            assertEquals(url.url(), parts.get(0).text());
        }
        if (image instanceof ImageSource.Base64 base64) {
            assertEquals(base64.data(), parts.get(0).text());
            assertEquals(((MaskSource.Base64) mask).data(), parts.get(1).text());
        }
        if (mask instanceof MaskSource.File) {
            assertArrayEquals(MASK, parts.get(1).body());
            assertEquals("mask.png", parts.get(1).fileName());
        }
    }

    @Test
    void pixelsAndAMaskPlaneReachTheServiceAsPngFilesOfExactlyThosePixels() throws Exception {
        BufferedImage photo = new BufferedImage(37, 23, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(11);
        for (int y = 0; y < photo.getHeight(); y++) {
            for (int x = 0; x < photo.getWidth(); x++) {
                photo.setRGB(x, y, random.nextInt(0x1000000));
            }
        }
        MaskPlane plane = new MaskPlane(37, 23);
        plane.fill(new MaskRectangle(5, 4, 9, 7), true);
        plane.set(30, 20, true);

        List<MockService.FormPart> parts = send(new InpaintRequest(
                new ImageSource.Pixels(photo, ImageFormat.JPEG, "holiday.jpg"),
                new MaskSource.Plane(plane),
                true,
                ReturnType.BASE64));

        assertEquals(
                List.of("image_file", "mask_file", "sync", "return_type"),
                parts.stream().map(MockService.FormPart::name).toList());
        assertEquals("holiday.png", parts.get(0).fileName());
        assertEquals("image/png", parts.get(0).contentType());
        assertEquals(ImageFormat.PNG, ImageFormat.detect(parts.get(0).body()));
        BufferedImage received =
                ImageFiles.read(parts.get(0).body(), ImageLimits.EDITOR).image();
        assertEquals(photo.getWidth(), received.getWidth());
        assertEquals(photo.getHeight(), received.getHeight());
        for (int y = 0; y < photo.getHeight(); y++) {
            for (int x = 0; x < photo.getWidth(); x++) {
                assertEquals(photo.getRGB(x, y), received.getRGB(x, y), "pixel " + x + "," + y);
            }
        }
        assertEquals("holiday-mask.png", parts.get(1).fileName());
        assertEquals("image/png", parts.get(1).contentType());
        assertEquals(ImageFormat.PNG, ImageFormat.detect(parts.get(1).body()));
        assertEquals(plane, MaskCodec.read(parts.get(1).body(), 37, 23));
    }

    @Test
    void anEscapedAmpersandInAUrlIsSentAsAnAmpersand() throws Exception {
        String escaped = "https://bucket.example.com/in.jpg?Expires=1679986124\\u0026OSSAccessKeyId=abc";

        List<MockService.FormPart> parts = send(new InpaintRequest(
                new ImageSource.Url(escaped),
                new MaskSource.Rectangles(List.of(new MaskRectangle(0, 0, 5, 5))),
                false,
                ReturnType.BASE64));

        assertEquals(
                "https://bucket.example.com/in.jpg?Expires=1679986124&OSSAccessKeyId=abc",
                parts.get(0).text());
    }

    @Test
    void noKeyMeansNoHeaderAtAll() throws Exception {
        service.answer(200, MockService.done("t-1", RESULT, ReturnType.BASE64));
        ClientConfig config = service.config();
        ClientConfig keyless =
                ClientConfig.defaults(config.baseUrl(), ApiKey.none()).withRequestsPerSecond(1000);

        new InpaintClient(keyless)
                .run(
                        InpaintRequest.of(
                                new ImageSource.Url("https://example.com/a.png"),
                                new MaskSource.Rectangles(List.of(new MaskRectangle(0, 0, 5, 5)))),
                        TaskListener.NONE,
                        new Cancellation());

        assertNull(service.take().getHeader("X-API-KEY"));
    }
}
