package org.inpaintstudio.ui.window;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.Executor;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.input.KeyCode;
import org.inpaintstudio.backend.Backend;
import org.inpaintstudio.backend.FillInpainter;
import org.inpaintstudio.backend.LocalBackend;
import org.inpaintstudio.backend.LocalBackendSettings;
import org.inpaintstudio.backend.RemoteServiceSettings;
import org.inpaintstudio.image.MaskPlane;
import org.inpaintstudio.ui.inpaint.BackendProvider;
import org.inpaintstudio.ui.inpaint.InpaintedImage;
import org.inpaintstudio.ui.settings.InpaintSettings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** While a task runs: progress and state show, the mask waits, zoom works, and Esc or Cancel stops it. */
class RunningTaskTest extends EditorWindowFixture {
    /** How long the next fill takes. */
    private volatile long fillMillis = 8000;

    /** An engine that takes its time, reporting progress as it goes. */
    private final BackendProvider.Factory slow = new BackendProvider.Factory() {
        @Override
        public Backend offline(Executor callbacks) {
            return new LocalBackend(
                    () -> new FillInpainter(0x00FF00, fillMillis),
                    LocalBackendSettings.defaults().withWorkers(1).withProcessingLimit(Duration.ofSeconds(30)),
                    callbacks);
        }

        @Override
        public Backend remote(RemoteServiceSettings settings, Executor callbacks) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Backend model(java.nio.file.Path file, Executor callbacks) {
            throw new UnsupportedOperationException();
        }
    };

    @Override
    MainWindow.Services services() {
        return servicesWith(new InpaintSettings(), slow);
    }

    @BeforeEach
    void open() throws Exception {
        openWindow();
        openCoffee();
    }

    private MaskPlane start() {
        drawStroke(200, 150, 300, 200);
        MaskPlane mask = maskCopy();
        clickOn("#inpaint-button");
        waitUntil(() -> text("#task-state").startsWith("Processing"));
        return mask;
    }

    @Test
    void progressAndStateFollowTheTaskAndMaskEditingWaits() {
        MaskPlane mask = start();
        waitUntil(() -> lookup("#task-progress").queryAs(ProgressBar.class).getProgress() > 0);
        assertTrue(text("#task-state").matches("Processing \\d+ % \u00b7 \\d+\\.\\d s"), text("#task-state"));
        assertTrue(lookup("#inpaint-button").query().isDisabled());

        drawStroke(400, 300, 500, 350); // ignored while the task runs
        assertArrayEquals(mask.data(), maskBytes());
        double scale = model().viewport().scale();
        type(KeyCode.EQUALS);
        assertTrue(model().viewport().scale() > scale, "zoom still works");

        press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        waitUntil(() -> text("#task-message").equals("Cancelled. Your mask and rectangles are kept."));
        assertArrayEquals(mask.data(), maskBytes());
        assertTrue(!lookup("#compare-layer").query().isVisible());
        drawStroke(400, 300, 500, 350); // editing again
        assertTrue(maskCopy().isRepair(450, 325));
    }

    @Test
    void theCancelButtonStopsTheTaskToo() {
        MaskPlane mask = start();
        clickOn("#task-cancel");
        waitUntil(() -> text("#task-message").startsWith("Cancelled."));
        assertEquals(false, model().busyProperty().get());
        assertArrayEquals(mask.data(), maskBytes());
    }

    private String text(String id) {
        return onFx(() -> lookup(id).queryAs(Label.class).getText());
    }

    @Test
    void escCancelsAnotherFillAndKeepsTheFillBefore() {
        fillMillis = 200;
        drawStroke(200, 150, 300, 200);
        clickOn("#inpaint-button");
        waitUntil(() -> lookup("#compare-layer").query().isVisible());
        InpaintedImage first =
                onFx(() -> window.inpaint().inpaint().resultProperty().get());

        fillMillis = 8000;
        clickOn("#result-another");
        waitUntil(() -> text("#task-state").startsWith("Processing"));
        press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        waitUntil(() -> text("#task-message").startsWith("Cancelled."));

        assertTrue(lookup("#compare-layer").query().isVisible(), "the result before stays on screen");
        assertSame(first, onFx(() -> window.inpaint().inpaint().resultProperty().get()));
        assertEquals(1, onFx(() -> window.inpaint().inpaint().variants().items().size()));
    }
}
