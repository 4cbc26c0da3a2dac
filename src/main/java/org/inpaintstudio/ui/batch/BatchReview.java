package org.inpaintstudio.ui.batch;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;
import org.inpaintstudio.image.ImageFiles;
import org.inpaintstudio.image.ImageLimits;
import org.inpaintstudio.ui.common.BackgroundWork;
import org.inpaintstudio.ui.common.Messages;

/**
 * The batch's review: before/after thumbnails of every result once the run ends, made in the background; a click
 * opens that result in the editor.
 */
final class BatchReview {
    private static final int THUMBNAIL = 150;

    private final BatchViewModel model;
    private final BackgroundWork work;
    private final Consumer<Path> openResult;
    private final TilePane review = new TilePane(8, 8);

    BatchReview(BatchViewModel model, BackgroundWork work, Consumer<Path> openResult) {
        this.model = model;
        this.work = work;
        this.openResult = openResult;
    }

    Node pane() {
        review.setId("batch-review");
        review.setPrefColumns(2);
        ScrollPane scroll = new ScrollPane(review);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        Label title = new Label(Messages.get("batch.review"));
        VBox box = new VBox(4, title, scroll);
        VBox.setVgrow(box, Priority.ALWAYS);
        model.rows().addListener((ListChangeListener<BatchRow>)
                c -> review.getChildren().clear());
        return box;
    }

    /** One tile per result: the photo and its result side by side; a click opens the result in the editor. */
    void fill() {
        review.getChildren().clear();
        for (BatchRow row : model.rows()) {
            if (row.result() == null || !row.stateProperty().get().isDone()) {
                continue;
            }
            ImageView before = new ImageView();
            ImageView after = new ImageView();
            VBox tile = new VBox(2, new HBox(4, before, after), new Label(row.name()));
            tile.getStyleClass().add("batch-thumbnail");
            tile.setUserData(row.name());
            tile.setOnMouseClicked(e -> openResult.accept(row.result()));
            Tooltip.install(
                    tile,
                    new Tooltip(
                            Messages.format("batch.review.open", row.result().getFileName())));
            review.getChildren().add(tile);
            work.create(() -> new Image[] {thumbnail(row.photo()), thumbnail(row.result())})
                    .onSuccess(images -> {
                        before.setImage(images[0]);
                        after.setImage(images[1]);
                    })
                    .run();
        }
    }

    private static Image thumbnail(Path file) {
        BufferedImage image = ImageFiles.read(file, ImageLimits.EDITOR).image();
        double scale = Math.min(1.0, (double) THUMBNAIL / Math.max(image.getWidth(), image.getHeight()));
        int w = Math.max(1, (int) Math.round(image.getWidth() * scale));
        int h = Math.max(1, (int) Math.round(image.getHeight() * scale));
        BufferedImage small = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = small.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(image, 0, 0, w, h, null);
        g.dispose();
        return SwingFXUtils.toFXImage(small, null);
    }
}
