package org.inpaintstudio.ui.window;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import javafx.scene.input.KeyCode;
import org.inpaintstudio.image.MaskPlane;
import org.inpaintstudio.ui.editor.EditorDocument;
import org.inpaintstudio.ui.inpaint.InpaintedImage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Refine on the real offline engine: from a result, paint over a part and Inpaint fills only that, on top of the
 * result; one undo comes back to the result before the refine, with the image and mask it was made from.
 */
class RefineTest extends EditorWindowFixture {
    @TempDir
    Path photos;

    @Override
    MainWindow.Services services() {
        return servicesWithRealBackends();
    }

    @BeforeEach
    void openHalves() throws Exception {
        Path halves = SamplingAreaTest.writeHalves(photos);
        openWindow();
        openThroughShortcut(halves);
        waitUntil(() -> model().document() != null);
    }

    private InpaintedImage shown() {
        return onFx(() -> window.inpaint().inpaint().resultProperty().get());
    }

    private boolean comparing() {
        return lookup("#compare-layer").query().isVisible();
    }

    @Test
    void refineFillsOnlyTheNewlyPaintedPartOnTopOfTheResultAndUndoComesBack() {
        EditorDocument original = onFx(() -> model().document());
        drawStroke(60, 50, 100, 50);
        MaskPlane first = maskCopy();
        shortcut(KeyCode.ENTER);
        waitUntil(() -> comparing() && shown() != null);
        InpaintedImage before = shown();

        clickOn("#result-refine");
        waitUntil(() -> !comparing());
        assertSame(before.image(), onFx(() -> model().document().source()), "painting goes on the result");
        assertEquals(0, onFx(() -> model().mask().repairCount()), "the mask is empty for the part that is wrong");

        drawStroke(150, 110, 190, 110);
        MaskPlane second = maskCopy();
        shortcut(KeyCode.ENTER);
        waitUntil(() -> comparing() && shown() != null && shown() != before);
        BufferedImage refined = shown().image();

        long changed = 0;
        for (int y = 0; y < refined.getHeight(); y++) {
            for (int x = 0; x < refined.getWidth(); x++) {
                boolean differs = refined.getRGB(x, y) != before.image().getRGB(x, y);
                if (second.isRepair(x, y)) {
                    changed += differs ? 1 : 0;
                } else {
                    assertFalse(differs, "outside the new strokes the result is kept, but " + x + "," + y + " changed");
                }
            }
        }
        assertTrue(changed > second.repairCount() / 2, changed + " of " + second.repairCount() + " repainted");

        shortcut(KeyCode.Z);
        waitUntil(() -> comparing() && shown() == before);
        assertSame(original, onFx(() -> model().document()), "back on the image the result was made from");
        assertArrayEquals(first.data(), maskBytes(), "with the mask it was made from");
    }
}
