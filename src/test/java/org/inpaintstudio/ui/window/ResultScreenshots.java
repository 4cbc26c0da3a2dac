package org.inpaintstudio.ui.window;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.ImageView;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.inpaintstudio.ui.TestImages;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pictures of the real window for a person to look at: three fills of one mask with their thumbnails, and the
 * batch window after a run on the repository's two photos. Tagged like the benchmarks:
 * {@code mvn -Pbench test -Dtest=ResultScreenshots [-Dout=FOLDER]} writes {@code variants.png} and
 * {@code batch.png} to FOLDER (target by default).
 */
@Tag("benchmark")
class ResultScreenshots extends EditorWindowFixture {
    private static final Path PHOTOS = Path.of("src/test/resources/photos");

    @TempDir
    Path folders;

    @Override
    MainWindow.Services services() {
        return servicesWithRealBackends();
    }

    @Test
    void threeFillsWithTheirThumbnails() throws Exception {
        openWindow();
        openThroughShortcut(TestImages.COFFEE);
        waitUntil(() -> model().document() != null);
        drawStroke(330, 90, 440, 120);
        shortcut(KeyCode.ENTER);
        waitUntil(() -> window.inpaint().inpaint().variants().items().size() == 1);
        for (int fills = 2; fills <= 3; fills++) {
            int wanted = fills;
            shortcutShift(KeyCode.ENTER);
            waitUntil(() -> window.inpaint().inpaint().variants().items().size() == wanted
                    && !window.inpaint().inpaint().running().get());
        }
        write(stage.getScene(), "variants.png");
    }

    @Test
    void theBatchWindowAfterARun() throws Exception {
        Path in = Files.createDirectories(folders.resolve("in"));
        Path masks = Files.createDirectories(folders.resolve("masks"));
        for (String name : new String[] {"coffee", "brick"}) {
            Files.copy(PHOTOS.resolve(name + ".png"), in.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
            Files.copy(PHOTOS.resolve("masks/" + name + "_object.png"), masks.resolve(name + ".png"));
        }
        openWindow();
        clickOn("#menu-file").clickOn("#menu-batch");
        waitUntil(() -> lookup("#batch-start").tryQuery().isPresent());
        picker.willChoose(in);
        clickOn("#batch-input-choose");
        picker.willChoose(masks);
        clickOn("#batch-masks-choose");
        picker.willChoose(folders.resolve("out"));
        clickOn("#batch-out-choose");
        clickOn("#batch-start");
        waitUntil(() -> lookup(".batch-thumbnail").queryAll().size() == 2
                && lookup(".batch-thumbnail").queryAll().stream()
                        .allMatch(t ->
                                t.lookupAll(".image-view").stream().allMatch(v -> ((ImageView) v).getImage() != null)));
        Scene batch = onFx(() -> Window.getWindows().stream()
                .filter(w -> w != stage)
                .map(Window::getScene)
                .filter(s -> s.lookup("#batch-start") != null)
                .findFirst()
                .orElseThrow());
        write(batch, "batch.png");
    }

    private void write(Scene scene, String name) throws Exception {
        Path out = Path.of(System.getProperty("out", "target")).resolve(name);
        WritableImage shot = onFx(() -> scene.snapshot(null));
        ImageIO.write(SwingFXUtils.fromFXImage(shot, null), "png", new File(out.toString()));
        System.out.println("wrote " + out);
    }
}
