package org.inpaintstudio.ui.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import org.controlsfx.control.NotificationPane;
import org.inpaintstudio.ui.TestImages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Ctrl+V opens what the clipboard holds: a copied image file, or the pixels of a copied image. */
class PasteTest extends EditorWindowFixture {
    @BeforeEach
    void open() throws Exception {
        openWindow();
    }

    @Test
    void aCopiedFileOpensLikeFileOpen() {
        interact(() -> {
            ClipboardContent content = new ClipboardContent();
            content.putFiles(List.of(TestImages.COFFEE.toAbsolutePath().toFile()));
            Clipboard.getSystemClipboard().setContent(content);
        });

        shortcut(KeyCode.V);

        waitUntil(() -> model().document() != null);
        assertEquals("coffee.png \u2014 Inpaint Studio", stage.getTitle());
        assertEquals(
                "600 \u00d7 400 px", lookup("#status-size").queryAs(Label.class).getText());
    }

    @Test
    void copiedPixelsOpenAsAnUntitledImageWithTheirColours() {
        interact(() -> {
            WritableImage image = new WritableImage(40, 30);
            PixelWriter pixels = image.getPixelWriter();
            for (int y = 0; y < 30; y++) {
                for (int x = 0; x < 40; x++) {
                    pixels.setColor(x, y, x < 20 ? Color.RED : Color.BLUE);
                }
            }
            ClipboardContent content = new ClipboardContent();
            content.putImage(image);
            Clipboard.getSystemClipboard().setContent(content);
        });

        shortcut(KeyCode.V);

        waitUntil(() -> model().document() != null);
        assertEquals("Pasted image \u2014 Inpaint Studio", stage.getTitle());
        assertEquals(
                "40 \u00d7 30 px", lookup("#status-size").queryAs(Label.class).getText());
        assertEquals(0xffff0000, model().document().source().getRGB(5, 5));
        assertEquals(0xff0000ff, model().document().source().getRGB(35, 25));
    }

    @Test
    void anEmptyClipboardSaysWhatToCopy() {
        interact(() -> Clipboard.getSystemClipboard().clear());

        shortcut(KeyCode.V);

        NotificationPane notice = lookup("#notice-pane").queryAs(NotificationPane.class);
        waitUntil(notice::isShowing);
        assertTrue(notice.getText().startsWith("The clipboard holds no image."), notice.getText());
        assertNull(model().document());
    }
}
