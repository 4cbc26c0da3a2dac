package org.inpaintstudio.server;

import static org.inpaintstudio.server.RepairAssertions.FILL;
import static org.inpaintstudio.server.RepairAssertions.assertRepaired;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.inpaintstudio.api.FileUpload;
import org.inpaintstudio.api.ImageSource;
import org.inpaintstudio.api.InpaintRequest;
import org.inpaintstudio.api.MaskSource;
import org.inpaintstudio.api.ReturnType;
import org.inpaintstudio.api.TaskState;
import org.inpaintstudio.api.TaskStatus;
import org.inpaintstudio.backend.FillInpainter;
import org.inpaintstudio.backend.TestImages;
import org.inpaintstudio.client.Cancellation;
import org.inpaintstudio.client.TaskListener;
import org.inpaintstudio.client.TaskResult;
import org.inpaintstudio.image.ImageFormat;
import org.inpaintstudio.image.MaskRectangle;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The project's own client against {@code serve}: every source of image and mask, sync and async, every return type. */
class ServeApiTest {
    private static final MaskRectangle AREA = new MaskRectangle(6, 4, 9, 7);
    private static final byte[] IMAGE = TestImages.png(32, 24);
    private static final byte[] MASK = TestImages.maskPng(32, 24, AREA.x(), AREA.y(), AREA.width(), AREA.height());

    private static ServerHarness harness;
    private static ImageHost host;

    enum ImageKind {
        FILE,
        URL,
        BASE64
    }

    enum MaskKind {
        FILE,
        URL,
        BASE64,
        RECTANGLES
    }

    @BeforeAll
    static void start() throws Exception {
        // Slow enough for a poll to see the task processing.
        harness = ServerHarness.start(() -> new FillInpainter(FILL, 120));
        host = new ImageHost();
        host.serve("/photo.png?Expires=1&Signature=abc", IMAGE);
        host.serve("/mask.png", MASK);
    }

    @AfterAll
    static void stop() throws Exception {
        harness.close();
        host.close();
    }

    static Stream<Arguments> everySourcePair() {
        return Stream.of(ImageKind.values())
                .flatMap(image -> Stream.of(MaskKind.values()).map(mask -> Arguments.of(image, mask)));
    }

    private static ImageSource image(ImageKind kind) {
        return switch (kind) {
            case FILE -> new ImageSource.File(new FileUpload(IMAGE, "photo.png"));
            // The \u0026 that some tools write for & must be repaired before the download.
            case URL -> new ImageSource.Url(host.url("/photo.png?Expires=1\\u0026Signature=abc"));
            case BASE64 ->
                new ImageSource.Base64(
                        "data:image/png;base64," + Base64.getEncoder().encodeToString(IMAGE));
        };
    }

    private static MaskSource mask(MaskKind kind) {
        return switch (kind) {
            case FILE -> new MaskSource.File(new FileUpload(MASK, "mask.png"));
            case URL -> new MaskSource.Url(host.url("/mask.png"));
            case BASE64 -> new MaskSource.Base64(Base64.getEncoder().encodeToString(MASK));
            case RECTANGLES -> new MaskSource.Rectangles(List.of(AREA));
        };
    }

    private static TaskResult run(InpaintRequest request, TaskListener listener) throws Exception {
        return harness.client().run(request, listener, new Cancellation());
    }

    @ParameterizedTest(name = "{0} image, {1} mask")
    @MethodSource("everySourcePair")
    void everyImageSourceWorksWithEveryMaskSource(ImageKind image, MaskKind mask) throws Exception {
        TaskResult result = run(InpaintRequest.of(image(image), mask(mask)), TaskListener.NONE);
        assertEquals(TaskState.DONE, result.status().state());
        assertRepaired(IMAGE, result.image(), AREA);
    }

    @Test
    void asynchronousTaskIsSeenQueuedOrProcessingWithRisingProgressThenDone() throws Exception {
        List<TaskStatus> seen = new CopyOnWriteArrayList<>();
        TaskResult result = run(InpaintRequest.of(image(ImageKind.FILE), mask(MaskKind.RECTANGLES)), seen::add);

        assertTrue(!seen.get(0).state().isFinished(), "the create answer comes before the end: " + seen.get(0));
        assertTrue(
                seen.stream()
                        .anyMatch(s -> s.state() == TaskState.PROCESSING && s.progress() > 0 && s.progress() < 100),
                "a poll saw it processing: " + seen);
        TaskStatus done = result.status();
        assertEquals(TaskState.DONE, done.state());
        assertEquals(100, done.progress());
        assertEquals(ReturnType.URL, done.returnType());
        assertTrue(done.image().startsWith(harness.server.baseUrl() + "/api/results/"), done.image());
        assertNotNull(done.createdAt());
        assertNotNull(done.completedAt());
        assertRepaired(IMAGE, result.image(), AREA);
    }

    @ParameterizedTest
    @EnumSource(ReturnType.class)
    void synchronousTaskAnswersWithTheResultInEveryReturnType(ReturnType type) throws Exception {
        List<TaskStatus> seen = new CopyOnWriteArrayList<>();
        InpaintRequest request = InpaintRequest.of(image(ImageKind.FILE), mask(MaskKind.FILE))
                .withSync(true)
                .withReturnType(type);
        TaskResult result = run(request, seen::add);

        assertEquals(TaskState.DONE, result.status().state());
        assertEquals(1, seen.size(), "a sync answer needs no poll: " + seen);
        assertRepaired(IMAGE, result.image(), AREA);
        switch (type) {
            case URL -> assertTrue(result.status().image().startsWith("http://127.0.0.1:"));
            case BASE64 -> assertTrue(result.status().image().startsWith("iVBOR"), "PNG in plain base64");
            case BINARY -> assertNull(result.status().image(), "the bytes were the answer");
        }
    }

    @Test
    void asynchronousTaskWithBase64ReturnTypeIsPolledToItsBase64Result() throws Exception {
        TaskResult result = run(
                InpaintRequest.of(image(ImageKind.URL), mask(MaskKind.BASE64)).withReturnType(ReturnType.BASE64),
                TaskListener.NONE);
        assertEquals(ReturnType.BASE64, result.status().returnType());
        assertRepaired(IMAGE, Base64.getDecoder().decode(result.status().image()), AREA);
    }

    @Test
    void jpegInputGivesAJpegResultOfTheSameSize() throws Exception {
        byte[] jpeg = TestImages.encoded(40, 30, ImageFormat.JPEG);
        TaskResult result = run(
                InpaintRequest.of(new ImageSource.File(new FileUpload(jpeg, "photo.jpg")), mask(MaskKind.RECTANGLES))
                        .withSync(true)
                        .withReturnType(ReturnType.BINARY),
                TaskListener.NONE);
        assertEquals(ImageFormat.JPEG, ImageFormat.detect(result.image()));
        assertEquals(40, TestImages.decode(result.image()).getWidth());
        int inside = TestImages.decode(result.image()).getRGB(10, 8);
        assertTrue(
                (inside >> 16 & 0xFF) > 230 && (inside >> 8 & 0xFF) < 25 && (inside & 0xFF) < 25,
                Integer.toHexString(inside));
    }
}
