package org.inpaintstudio.ui.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import org.inpaintstudio.backend.TestImages;
import org.inpaintstudio.batch.BatchItemState;
import org.inpaintstudio.image.ImageFiles;
import org.inpaintstudio.image.ImageFormat;
import org.inpaintstudio.image.MaskRectangle;
import org.inpaintstudio.ui.batch.BatchRow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * File > Batch... in the real window on the real offline engine: choose the folders, start, watch the queue, review
 * the thumbnails, open a result in the editor and save a hand fix over it.
 */
class BatchWindowTest extends EditorWindowFixture {
    private static final int W = 160;
    private static final int H = 120;

    @TempDir
    Path folders;

    Path in;
    Path masks;
    Path out;

    @Override
    MainWindow.Services services() {
        return servicesWithRealBackends();
    }

    @BeforeEach
    void photos() throws Exception {
        in = Files.createDirectories(folders.resolve("in"));
        masks = Files.createDirectories(folders.resolve("masks"));
        out = folders.resolve("out");
        for (String name : List.of("a", "b")) {
            Files.write(in.resolve(name + ".png"), TestImages.encoded(W, H, ImageFormat.PNG));
            Files.write(masks.resolve(name + ".png"), TestImages.maskPng(W, H, 40, 30, 30, 25));
        }
        openWindow();
    }

    private void openBatch() {
        clickOn("#menu-file").clickOn("#menu-batch");
        waitUntil(() -> lookup("#batch-start").tryQuery().isPresent());
    }

    private void chooseFolder(String button, Path folder) {
        picker.willChoose(folder);
        clickOn(button);
    }

    private String status() {
        return onFx(() -> lookup("#batch-status").queryAs(Label.class).getText());
    }

    @SuppressWarnings("unchecked")
    private List<BatchRow> rows() {
        return onFx(() ->
                List.copyOf(lookup("#batch-table").queryAs(TableView.class).getItems()));
    }

    @Test
    void aFolderWithMasksIsFilledShownInTheQueueAndReviewedAsThumbnails() throws Exception {
        openBatch();
        assertTrue(lookup("#batch-start").query().isDisabled(), "nothing chosen yet");
        chooseFolder("#batch-input-choose", in);
        chooseFolder("#batch-masks-choose", masks);
        chooseFolder("#batch-out-choose", out);
        assertEquals(
                out.toString(),
                onFx(() -> lookup("#batch-out").queryAs(Label.class).getText()));

        clickOn("#batch-start");
        waitUntil(() -> status().startsWith("2 done, 0 skipped, 0 failed"));

        assertEquals(
                List.of(BatchItemState.DONE, BatchItemState.DONE),
                rows().stream().map(r -> r.stateProperty().get()).toList());
        assertTrue(lookup("Done").tryQuery().isPresent(), "the table shows the state");
        BufferedImage photo = ImageFiles.read(in.resolve("a.png")).image();
        BufferedImage result = ImageFiles.read(out.resolve("a.png")).image();
        int changed = 0;
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                boolean inside = x >= 40 && x < 70 && y >= 30 && y < 55;
                if (!inside) {
                    assertEquals(photo.getRGB(x, y), result.getRGB(x, y), "outside the mask at " + x + "," + y);
                } else if (photo.getRGB(x, y) != result.getRGB(x, y)) {
                    changed++;
                }
            }
        }
        assertTrue(changed > 0, "the masked part was filled");
        waitUntil(() -> lookup(".batch-thumbnail").queryAll().size() == 2
                && lookup(".batch-thumbnail").queryAll().stream()
                        .allMatch(t ->
                                t.lookupAll(".image-view").stream().allMatch(v -> ((ImageView) v).getImage() != null)));
    }

    @Test
    void aResultOpenedFromTheReviewIsFixedByHandAndSavedOverTheBatchResult() throws Exception {
        openBatch();
        chooseFolder("#batch-input-choose", in);
        chooseFolder("#batch-masks-choose", masks);
        chooseFolder("#batch-out-choose", out);
        clickOn("#batch-start");
        waitUntil(() -> lookup(".batch-thumbnail").queryAll().size() == 2);
        byte[] batchResult = Files.readAllBytes(out.resolve("b.png"));

        Node tile = lookup(".batch-thumbnail").queryAll().stream()
                .filter(t -> "b.png".equals(t.getUserData()))
                .findFirst()
                .orElseThrow();
        clickOn(tile);
        waitUntil(() -> model().document() != null
                && out.resolve("b.png").equals(model().document().path()));
        WaitForAsyncUtils.asyncFx(() -> stage.toFront()).get();
        drawStroke(110, 80, 140, 100);
        shortcut(KeyCode.ENTER);
        waitUntil(() -> lookup("#compare-layer").query().isVisible());
        shortcut(KeyCode.S);

        waitUntil(() -> model().statusTextProperty().get().startsWith("Result saved"));
        assertFalse(Arrays.equals(batchResult, Files.readAllBytes(out.resolve("b.png"))), "saved over the result");
        assertFalse(Files.exists(out.resolve("b-inpainted.png")), "not beside it");
    }

    @Test
    void theCurrentPhotosRectanglesMaskEveryPhotoAndOneTheyDoNotFitIsSkippedWithTheReason() throws Exception {
        Files.write(in.resolve("tiny.png"), TestImages.encoded(20, 20, ImageFormat.PNG));
        openThroughShortcut(in.resolve("a.png"));
        waitUntil(() -> model().document() != null);
        WaitForAsyncUtils.asyncFx(() -> model().rectangles().setAll(List.of(new MaskRectangle(40, 30, 30, 25))))
                .get();
        openBatch();

        clickOn("#batch-use-rectangles");
        chooseFolder("#batch-input-choose", in);
        chooseFolder("#batch-out-choose", out);
        clickOn("#batch-start");
        waitUntil(() -> status().startsWith("2 done, 1 skipped, 0 failed"));

        BatchRow tiny = rows().stream()
                .filter(r -> r.name().equals("tiny.png"))
                .findFirst()
                .orElseThrow();
        assertEquals(BatchItemState.SKIPPED, tiny.stateProperty().get());
        assertTrue(lookup("Skipped").tryQuery().isPresent());
        assertTrue(
                lookup("rectangle 1 (40, 30, 30 x 25) does not fit in the photo (20 x 20)")
                        .tryQuery()
                        .isPresent(),
                "the reason is in the table");
        assertTrue(Files.exists(out.resolve("a.png")) && Files.exists(out.resolve("b.png")));
    }
}
