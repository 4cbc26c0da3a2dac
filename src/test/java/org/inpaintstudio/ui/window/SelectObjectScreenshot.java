package org.inpaintstudio.ui.window;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Makes docs/select-object.png: select object on a public photo in the real window. Tagged like the benchmarks
 * (run with {@code mvn -Pbench test -Dtest=SelectObjectScreenshot -Dphoto=PATH -Drect=x,y,w,h [-DobjectStroke=x0,y0,x1,y1]}), since it needs a
 * photo from outside the repository.
 */
@Tag("benchmark")
class SelectObjectScreenshot extends EditorWindowFixture {
    @Test
    void selectObjectOnAPhoto() throws Exception {
        String given = System.getProperty("photo");
        assumeTrue(given != null, "set -Dphoto=PATH, e.g. -Dphoto=../shared/testdata/rocket.png");
        Path photo = Path.of(given);
        assumeTrue(Files.exists(photo), "no photo at " + photo);
        String[] r = System.getProperty("rect", "200,40,130,380").split(",");
        int x = Integer.parseInt(r[0]);
        int y = Integer.parseInt(r[1]);
        int w = Integer.parseInt(r[2]);
        int h = Integer.parseInt(r[3]);
        openWindow();
        openThroughShortcut(photo);
        waitUntil(() -> model().document() != null);
        type(KeyCode.O);
        drag(screenPoint(x, y), MouseButton.PRIMARY)
                .moveTo(screenPoint(x + w / 2.0, y + h / 2.0))
                .moveTo(screenPoint(x + w, y + h))
                .drop();
        waitUntil(() -> !model().busyProperty().get() && model().mask().repairCount() > 0);
        String stroke = System.getProperty("objectStroke"); // x0,y0,x1,y1: a Shift-drag over a missed part
        if (stroke != null) {
            String[] s = stroke.split(",");
            double x0 = Double.parseDouble(s[0]);
            double y0 = Double.parseDouble(s[1]);
            double x1 = Double.parseDouble(s[2]);
            double y1 = Double.parseDouble(s[3]);
            long before = model().history().revisionProperty().get();
            press(KeyCode.SHIFT);
            drag(screenPoint(x0, y0), MouseButton.PRIMARY)
                    .moveTo(screenPoint((x0 + x1) / 2, (y0 + y1) / 2))
                    .moveTo(screenPoint(x1, y1))
                    .drop();
            release(KeyCode.SHIFT);
            waitUntil(() -> !model().busyProperty().get()
                    && model().history().revisionProperty().get() > before);
        }
        Path out = Path.of(System.getProperty("out", "target/select-object.png"));
        WritableImage shot = onFx(() -> stage.getScene().snapshot(null));
        ImageIO.write(SwingFXUtils.fromFXImage(shot, null), "png", new File(out.toString()));
        System.out.println("wrote " + out + ", " + model().statusTextProperty().get());
    }
}
