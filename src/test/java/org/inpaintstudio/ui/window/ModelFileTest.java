package org.inpaintstudio.ui.window;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import org.inpaintstudio.image.ImageFiles;
import org.inpaintstudio.image.MaskPlane;
import org.inpaintstudio.model.TestModels;
import org.inpaintstudio.ui.TestImages;
import org.inpaintstudio.ui.inpaint.BackendProvider;
import org.inpaintstudio.ui.settings.BackendKind;
import org.inpaintstudio.ui.settings.InpaintSettings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** "Model file" in Settings: a wrong file is explained, a generated model is described, tested and inpaints. */
class ModelFileTest extends EditorWindowFixture {
    private final InpaintSettings inpaintSettings = new InpaintSettings();

    @Override
    MainWindow.Services services() {
        return servicesWith(inpaintSettings, BackendProvider.Factory.BACKENDS);
    }

    @BeforeEach
    void open() throws Exception {
        openWindow();
        openCoffee();
    }

    @Test
    void chooseTestAndInpaintWithAModelFile() throws Exception {
        shortcut(KeyCode.COMMA);
        assertShowing("#settings-dialog");
        clickOn("#settings-model");
        enter(TestModels.path(TestModels.WRONG_INPUTS).toString());
        waitUntil(() -> info().startsWith("This model cannot be used: wrong-inputs.onnx is not an inpainting model"));
        assertTrue(info().contains("found inputs pixels float32 [1,4,256,256]"), info());

        enter(TestModels.path(TestModels.FIXED_COLOUR_512).toString());
        waitUntil(() -> info().equals("lama-fixed-colour-512.onnx: LaMa style, float32, input 512 x 512, 1 kB"));
        clickOn("#settings-model-test");
        waitUntil(() -> lookup("#settings-model-test-result")
                .queryAs(Label.class)
                .getText()
                .startsWith("The model ran in "));
        Image tested =
                lookup("#settings-model-test-image").queryAs(ImageView.class).getImage();
        assertEquals(128, (int) tested.getWidth());
        assertEquals(0xFF000000 | TestModels.FILL_RGB, tested.getPixelReader().getArgb(64, 64), "the hole, filled");
        assertEquals(0xFF3C6E47, tested.getPixelReader().getArgb(5, 5), "a stripe outside it, kept");
        clickOn("#settings-save");
        waitUntil(() -> inpaintSettings.backendProperty().get() == BackendKind.MODEL);
        assertEquals(
                TestModels.path(TestModels.FIXED_COLOUR_512).toString(),
                inpaintSettings.modelFileProperty().get());

        drawStroke(200, 150, 300, 200);
        MaskPlane mask = maskCopy();
        shortcut(KeyCode.ENTER);
        waitUntil(() -> lookup("#compare-layer").query().isVisible());
        BufferedImage original = ImageFiles.read(TestImages.COFFEE).image();
        BufferedImage result =
                onFx(() -> window.inpaint().inpaint().resultProperty().get().image());
        int deep = 0;
        for (int y = 0; y < mask.height(); y++) {
            for (int x = 0; x < mask.width(); x++) {
                if (!mask.isRepair(x, y)) {
                    assertEquals(original.getRGB(x, y) & 0xFFFFFF, result.getRGB(x, y) & 0xFFFFFF, x + "," + y);
                } else if (deepInside(mask, x, y)) {
                    assertEquals(TestModels.FILL_RGB, result.getRGB(x, y) & 0xFFFFFF, x + "," + y);
                    deep++;
                }
            }
        }
        assertTrue(deep > 500, deep + " pixels deep inside the stroke");
    }

    @Test
    void aBadModelFileIsExplainedWhenInpaintIsPressedAndNothingIsLost() {
        interact(() -> {
            inpaintSettings.backendProperty().set(BackendKind.MODEL);
            inpaintSettings
                    .modelFileProperty()
                    .set(TestModels.path(TestModels.WRONG_INPUTS).toString());
        });
        drawStroke(200, 150, 300, 200);
        byte[] mask = maskBytes();
        shortcut(KeyCode.ENTER);
        waitUntil(() -> !onFx(() -> lookup("#task-message").queryAs(Label.class).getText())
                .isEmpty());
        String message = onFx(() -> lookup("#task-message").queryAs(Label.class).getText());
        assertTrue(
                message.startsWith("The model file cannot be used (wrong-inputs.onnx is not an inpainting model"),
                message);
        assertTrue(message.contains("Choose another in Settings, or switch to the offline engine."), message);
        assertArrayEquals(mask, maskBytes(), "the mask is kept");
        assertEquals(false, lookup("#compare-layer").query().isVisible());
    }

    /** Three pixels or more from any kept pixel: past the paste's 2 px fade. */
    private static boolean deepInside(MaskPlane mask, int x, int y) {
        for (int dy = -3; dy <= 3; dy++) {
            for (int dx = -3; dx <= 3; dx++) {
                int nx = x + dx;
                int ny = y + dy;
                if (nx < 0 || ny < 0 || nx >= mask.width() || ny >= mask.height() || !mask.isRepair(nx, ny)) {
                    return false;
                }
            }
        }
        return true;
    }

    private String info() {
        return lookup("#settings-model-info").queryAs(Label.class).getText();
    }

    private void enter(String path) {
        TextInputControl field = lookup("#settings-model-file").queryAs(TextInputControl.class);
        interact(() -> {
            field.setText(path);
            field.fireEvent(new javafx.event.ActionEvent());
        });
    }
}
