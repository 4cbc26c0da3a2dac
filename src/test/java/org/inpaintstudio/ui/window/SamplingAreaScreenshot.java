package org.inpaintstudio.ui.window;

import java.io.File;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javax.imageio.ImageIO;
import org.inpaintstudio.ui.TestImages;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Makes the picture for docs/sampling-area.jpg (saved as PNG, converted to JPEG for size): a mask and a sampling area ("exclude these areas") on the coffee photo in the real
 * window. Tagged like the benchmarks: {@code mvn -Pbench test -Dtest=SamplingAreaScreenshot [-Dout=FILE]}.
 */
@Tag("benchmark")
class SamplingAreaScreenshot extends EditorWindowFixture {
    @Test
    void maskAndSamplingArea() throws Exception {
        openWindow();
        openThroughShortcut(TestImages.COFFEE);
        waitUntil(() -> model().document() != null);
        drawStroke(330, 90, 440, 120);
        type(KeyCode.S);
        onFx(() -> {
            model().brushSizeProperty().set(70);
            return null;
        });
        drag(screenPoint(120, 250), MouseButton.PRIMARY)
                .moveTo(screenPoint(200, 300))
                .moveTo(screenPoint(280, 330))
                .drop();
        waitUntil(() -> model().samplingArea().painted().repairCount() > 0);
        Path out = Path.of(System.getProperty("out", "target/sampling-area.png"));
        WritableImage shot = onFx(() -> stage.getScene().snapshot(null));
        ImageIO.write(SwingFXUtils.fromFXImage(shot, null), "png", new File(out.toString()));
        System.out.println("wrote " + out);
    }
}
