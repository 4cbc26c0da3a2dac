package org.inpaintstudio.ui.window;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.SocketPolicy;
import okio.Buffer;
import org.inpaintstudio.api.ApiError;
import org.inpaintstudio.api.ApiJson;
import org.inpaintstudio.api.ReturnType;
import org.inpaintstudio.api.TaskState;
import org.inpaintstudio.api.TaskStatus;
import org.inpaintstudio.image.ImageFiles;
import org.inpaintstudio.image.ImageFormat;
import org.inpaintstudio.image.ImageWriteOptions;
import org.inpaintstudio.image.MaskPlane;
import org.inpaintstudio.ui.TestImages;
import org.inpaintstudio.ui.inpaint.BackendProvider;
import org.inpaintstudio.ui.io.AutosaveStore;
import org.inpaintstudio.ui.settings.ApiKeyStore;
import org.inpaintstudio.ui.settings.BackendKind;
import org.inpaintstudio.ui.settings.InpaintSettings;
import org.inpaintstudio.ui.settings.Settings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A remote service that misbehaves, scripted with MockWebServer: each fault shows its own message in the task bar,
 * and the mask stays exactly as drawn.
 */
class RemoteFaultsTest extends EditorWindowFixture {
    private final MockWebServer service = new MockWebServer();
    private MaskPlane mask;

    @Override
    MainWindow.Services services() {
        InpaintSettings remote = new InpaintSettings();
        remote.backendProperty().set(BackendKind.REMOTE);
        remote.baseUrlProperty().set(service.url("/").toString());
        ApiKeyStore keys = new ApiKeyStore(appData);
        try {
            keys.save("test-key-42");
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        return new MainWindow.Services(
                new Settings(),
                new AutosaveStore(appData),
                tasks,
                owner -> picker,
                remote,
                keys,
                BackendProvider.Factory.BACKENDS);
    }

    @BeforeEach
    void open() throws Exception {
        service.start();
        openWindow();
        openCoffee();
        drawStroke(200, 150, 300, 200);
        mask = maskCopy();
    }

    @AfterEach
    void stop() throws Exception {
        service.shutdown();
    }

    @Test
    void aWrongKeySaysToCheckItInSettings() {
        answer(401, ApiJson.write(new ApiError(401, "invalid api key")));
        assertMessage("The service refused the API key (HTTP 401). Check the API key in Settings, and that the service "
                + "is enabled for your account. Your mask and rectangles are kept.");
    }

    @Test
    void tooManyRequestsIsWaitedOutAndRetried() throws Exception {
        service.enqueue(new MockResponse()
                .setResponseCode(429)
                .setHeader("Retry-After", "0")
                .setHeader("Content-Type", "application/json")
                .setBody(ApiJson.write(new ApiError(429, "slow down"))));
        answer(200, task(TaskState.QUEUED));
        answer(
                200,
                ApiJson.write(TaskStatus.of("t1", TaskState.DONE, 100)
                        .withImage(service.url("/result/t1.png").toString(), ReturnType.URL)));
        service.enqueue(
                new MockResponse().setHeader("Content-Type", "image/png").setBody(new Buffer().write(repaired())));
        shortcut(KeyCode.ENTER);
        waitUntil(() -> lookup("#compare-layer").query().isVisible());
        assertEquals("The service asked us to slow down (HTTP 429), so we waited and retried.", text("#task-message"));
        assertEquals("test-key-42", service.takeRequest().getHeader("X-API-KEY"));
        assertArrayEquals(mask.data(), maskBytes());
    }

    @Test
    void aDamagedImageStateSaysHowToFixIt() {
        answer(200, task(TaskState.QUEUED));
        answer(200, task(TaskState.INVALID_IMAGE));
        assertMessage("The service says the image is damaged or in an unsupported format (state -7). Open it in an "
                + "image editor, save it again as PNG or JPEG, and open that. Your mask and rectangles are kept.");
    }

    @Test
    void aTimeOutStateSuggestsASmallerRegion() {
        answer(200, task(TaskState.QUEUED));
        answer(200, task(TaskState.TIMED_OUT));
        assertMessage("Processing took longer than 30 s and was stopped (state -8). Try a smaller region: mask one "
                + "object at a time. Your mask and rectangles are kept.");
    }

    @Test
    void aDroppedConnectionSaysToCheckTheNetwork() {
        service.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
        assertMessage("Could not reach the service, or the connection dropped. Check your network connection and the "
                + "service URL, then try again. Your mask and rectangles are kept.");
    }

    @Test
    void anExpiredResultLinkSaysToRunAgain() {
        answer(200, task(TaskState.QUEUED));
        answer(
                200,
                ApiJson.write(TaskStatus.of("t1", TaskState.DONE, 100)
                        .withImage(service.url("/result/t1.png").toString(), ReturnType.URL)));
        service.enqueue(new MockResponse().setResponseCode(403).setBody("AccessDenied: Request has expired"));
        assertMessage("The result's download link has expired or was refused (HTTP 403). Run Inpaint again. "
                + "Your mask and rectangles are kept.");
    }

    private void assertMessage(String expected) {
        shortcut(KeyCode.ENTER);
        waitUntil(() -> !model().busyProperty().get() && !text("#task-message").isEmpty());
        assertEquals(expected, text("#task-message"));
        assertArrayEquals(mask.data(), maskBytes(), "the mask is kept");
        assertEquals(false, lookup("#compare-layer").query().isVisible());
    }

    private void answer(int code, String json) {
        service.enqueue(new MockResponse()
                .setResponseCode(code)
                .setHeader("Content-Type", "application/json")
                .setBody(json));
    }

    private static String task(TaskState state) {
        return ApiJson.write(TaskStatus.of("t1", state, 0));
    }

    /** The photo with the masked area painted over, as a service would answer. */
    private byte[] repaired() {
        BufferedImage image = ImageFiles.read(TestImages.COFFEE).image();
        for (int y = 0; y < mask.height(); y++) {
            for (int x = 0; x < mask.width(); x++) {
                if (mask.isRepair(x, y)) {
                    image.setRGB(x, y, 0x3366CC);
                }
            }
        }
        return ImageFiles.encode(image, ImageFormat.PNG, ImageWriteOptions.DEFAULT);
    }

    private String text(String id) {
        return onFx(() -> lookup(id).queryAs(Label.class).getText());
    }
}
