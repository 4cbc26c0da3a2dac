package org.inpaintstudio.ui.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import org.inpaintstudio.backend.FillInpainter;
import org.inpaintstudio.backend.LocalBackend;
import org.inpaintstudio.backend.LocalBackendSettings;
import org.inpaintstudio.image.ImageFiles;
import org.inpaintstudio.image.MaskPlane;
import org.inpaintstudio.server.InpaintServer;
import org.inpaintstudio.server.ServerSettings;
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

/** The remote backend against the project's own serve on loopback, set up through the Settings dialog. */
class RemoteServeTest extends EditorWindowFixture {
    private static final String KEY = "serve-key-5be1c0";
    private static final int GREEN = 0x00FF00;

    private final InpaintSettings inpaintSettings = new InpaintSettings();
    private LocalBackend engine;
    private InpaintServer server;
    private ApiKeyStore keys;

    @Override
    MainWindow.Services services() {
        keys = new ApiKeyStore(appData);
        return new MainWindow.Services(
                new Settings(),
                new AutosaveStore(appData),
                tasks,
                owner -> picker,
                inpaintSettings,
                keys,
                BackendProvider.Factory.BACKENDS);
    }

    @BeforeEach
    void start() throws Exception {
        engine = new LocalBackend(() -> new FillInpainter(GREEN), LocalBackendSettings.defaults(), Runnable::run);
        server = InpaintServer.start(ServerSettings.defaults(List.of(KEY)).withAddress("127.0.0.1", 0), engine);
        openWindow();
        openCoffee();
    }

    @AfterEach
    void stop() {
        server.close();
        engine.close();
    }

    @Test
    void settingsTestTheConnectionAndSaveTheKeyForTheUserOnly() throws Exception {
        shortcut(KeyCode.COMMA);
        assertShowing("#settings-dialog");
        clickOn("#settings-remote");
        fill("#settings-url", server.baseUrl());
        fill("#settings-key", "not-the-key");
        assertTest("The service refused the API key (HTTP 401). Check the key, and that the service is enabled for "
                + "your account.");
        fill("#settings-key", KEY);
        assertTest("Connected: the service answered and accepted the key.");
        fill("#settings-url", server.baseUrl() + "/wrong/place");
        assertTest("Nothing answers at that address (HTTP 404). Check the service URL: it is the part before "
                + "/api/tasks/.");
        fill("#settings-url", "http://127.0.0.1:9");
        waitFor("#settings-test-result", "Could not reach the service (");
        fill("#settings-url", server.baseUrl());
        clickOn("#settings-save");

        waitUntil(() -> inpaintSettings.backendProperty().get() == BackendKind.REMOTE);
        assertEquals(server.baseUrl(), inpaintSettings.baseUrlProperty().get());
        assertEquals(KEY, Files.readString(keys.file()));
        assertEquals(
                "rw-------",
                java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(keys.file())));

        drawStroke(200, 150, 300, 200);
        MaskPlane mask = maskCopy();
        shortcut(KeyCode.ENTER);
        waitUntil(() -> lookup("#compare-layer").query().isVisible());
        BufferedImage original = ImageFiles.read(TestImages.COFFEE).image();
        BufferedImage result =
                onFx(() -> window.inpaint().inpaint().resultProperty().get().image());
        for (int y = 0; y < mask.height(); y++) {
            for (int x = 0; x < mask.width(); x++) {
                int expected = mask.isRepair(x, y) ? GREEN : original.getRGB(x, y) & 0xFFFFFF;
                assertEquals(expected, result.getRGB(x, y) & 0xFFFFFF, x + "," + y);
            }
        }
        assertTrue(mask.repairCount() > 1000);
    }

    private void fill(String id, String text) {
        TextInputControl field = lookup(id).queryAs(TextInputControl.class);
        interact(() -> field.setText(text));
    }

    private void assertTest(String expected) {
        waitFor("#settings-test-result", expected);
        assertEquals(
                expected, lookup("#settings-test-result").queryAs(Label.class).getText());
    }

    private void waitFor(String id, String start) {
        interact(() -> lookup("#settings-test-result").queryAs(Label.class).setText(""));
        clickOn("#settings-test");
        waitUntil(() -> lookup(id).queryAs(Label.class).getText().startsWith(start));
    }
}
