package org.inpaintstudio.ui.batch;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.inpaintstudio.batch.BatchItemState;
import org.inpaintstudio.batch.ResultFormat;
import org.inpaintstudio.image.ImageFiles;
import org.inpaintstudio.image.ImageLimits;
import org.inpaintstudio.ui.common.BackgroundWork;
import org.inpaintstudio.ui.common.Messages;
import org.inpaintstudio.ui.io.FilePicker;

/**
 * File > Batch...: choose the photos, their masks (a folder, or the current photo's rectangles for every photo) and
 * where the results go; watch the queue; then review before/after thumbnails, a click opening that result in the
 * editor to fix by hand (saving over the batch result).
 */
public final class BatchWindow {
    private static final int THUMBNAIL = 150;

    private final Stage stage = new Stage();
    private final BatchViewModel model;
    private final FilePicker picker;
    private final BackgroundWork work;
    private final Consumer<Path> openResult;
    private final TilePane review = new TilePane(8, 8);

    /** @param openResult opens a batch result in the editor, where Save writes over it */
    public BatchWindow(
            Window owner, BatchViewModel model, FilePicker picker, BackgroundWork work, Consumer<Path> openResult) {
        this.model = model;
        this.picker = picker;
        this.work = work;
        this.openResult = openResult;
        stage.initOwner(owner);
        stage.setTitle(Messages.get("batch.title"));
        VBox root = new VBox(10, form(), buttons(), queue(), reviewPane());
        root.setPadding(new Insets(12));
        Scene scene = new Scene(root, 760, 640);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        stage.setScene(scene);
        stage.setOnCloseRequest(e -> model.cancel());
        model.runningProperty().addListener((o, was, now) -> {
            if (!now) {
                fillReview();
            }
        });
    }

    public void show() {
        stage.show();
    }

    public Stage stage() {
        return stage;
    }

    private Node form() {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        ToggleGroup maskKind = new ToggleGroup();
        RadioButton fromFolder = new RadioButton(Messages.get("batch.masks.folder"));
        fromFolder.setId("batch-use-masks");
        fromFolder.setToggleGroup(maskKind);
        fromFolder.setSelected(true);
        RadioButton fromRectangles = new RadioButton(Messages.format(
                "batch.masks.rectangles", model.templateRectangles().size()));
        fromRectangles.setId("batch-use-rectangles");
        fromRectangles.setToggleGroup(maskKind);
        fromRectangles.setDisable(model.templateRectangles().isEmpty());
        if (model.templateRectangles().isEmpty()) {
            fromRectangles.setTooltip(new Tooltip(Messages.get("batch.masks.rectangles.none")));
        }
        model.useRectanglesProperty().bind(fromRectangles.selectedProperty());
        ChoiceBox<ResultFormat> format = new ChoiceBox<>();
        format.setId("batch-format");
        format.getItems().setAll(ResultFormat.values());
        format.setConverter(new StringConverter<>() {
            @Override
            public String toString(ResultFormat f) {
                return f == null ? "" : formatText(f);
            }

            @Override
            public ResultFormat fromString(String s) {
                return null;
            }
        });
        format.valueProperty().bindBidirectional(model.formatProperty());
        grid.addRow(
                0,
                new Label(Messages.get("batch.input")),
                pathLabel(model.inputProperty(), "batch-input"),
                chooseButton("batch-input-choose", "batch.input.choose", model.inputProperty()::set));
        grid.addRow(
                1,
                fromFolder,
                pathLabel(model.masksProperty(), "batch-masks"),
                chooseButton("batch-masks-choose", "batch.masks.choose", model.masksProperty()::set));
        grid.add(fromRectangles, 0, 2, 3, 1);
        grid.addRow(
                3,
                new Label(Messages.get("batch.out")),
                pathLabel(model.outProperty(), "batch-out"),
                chooseButton("batch-out-choose", "batch.out.choose", model.outProperty()::set));
        grid.addRow(4, new Label(Messages.get("batch.format")), format);
        grid.getChildren().forEach(n -> GridPane.setHgrow(n, n instanceof Label ? Priority.ALWAYS : Priority.NEVER));
        grid.disableProperty().bind(model.runningProperty());
        return grid;
    }

    private Label pathLabel(javafx.beans.value.ObservableValue<Path> path, String id) {
        Label label = new Label();
        label.setId(id);
        label.setMaxWidth(Double.MAX_VALUE);
        label.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> path.getValue() == null
                                ? Messages.get("batch.none")
                                : path.getValue().toString(),
                        path));
        return label;
    }

    private Button chooseButton(String id, String titleKey, Consumer<Path> chosen) {
        Button button = new Button(Messages.get("batch.choose"));
        button.setId(id);
        button.setOnAction(e -> picker.chooseFolder(titleKey).ifPresent(chosen));
        return button;
    }

    private Node buttons() {
        Button start = new Button(Messages.get("batch.start"));
        start.setId("batch-start");
        start.setDefaultButton(true);
        start.disableProperty().bind(model.canStart().not());
        start.setOnAction(e -> model.start());
        Button cancel = new Button(Messages.get("batch.cancel"));
        cancel.setId("batch-cancel");
        cancel.disableProperty().bind(model.runningProperty().not());
        cancel.setOnAction(e -> model.cancel());
        Label status = new Label();
        status.setId("batch-status");
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());
        // The status text wraps; the buttons keep their whole labels.
        start.setMinWidth(Region.USE_PREF_SIZE);
        cancel.setMinWidth(Region.USE_PREF_SIZE);
        HBox box = new HBox(8, start, cancel, status);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private Node queue() {
        TableView<BatchRow> table = new TableView<>(model.rows());
        table.setId("batch-table");
        table.setPrefHeight(220);
        TableColumn<BatchRow, String> name = new TableColumn<>(Messages.get("batch.column.photo"));
        name.setCellValueFactory(row ->
                new javafx.beans.property.SimpleStringProperty(row.getValue().name()));
        name.setPrefWidth(200);
        TableColumn<BatchRow, BatchItemState> state = new TableColumn<>(Messages.get("batch.column.state"));
        state.setCellValueFactory(row -> row.getValue().stateProperty());
        state.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(BatchItemState item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : stateText(item));
            }
        });
        state.setPrefWidth(110);
        TableColumn<BatchRow, Number> progress = new TableColumn<>(Messages.get("batch.column.progress"));
        progress.setCellValueFactory(row -> row.getValue().progressProperty());
        progress.setCellFactory(column -> new TableCell<>() {
            private final ProgressBar bar = new ProgressBar();

            @Override
            protected void updateItem(Number item, boolean empty) {
                super.updateItem(item, empty);
                bar.setProgress(item == null ? 0 : item.doubleValue());
                setGraphic(empty ? null : bar);
            }
        });
        TableColumn<BatchRow, String> reason = new TableColumn<>(Messages.get("batch.column.reason"));
        reason.setCellValueFactory(row -> row.getValue().reasonProperty());
        reason.setPrefWidth(300);
        table.getColumns().setAll(java.util.List.of(name, state, progress, reason));
        VBox.setVgrow(table, Priority.SOMETIMES);
        return table;
    }

    static String stateText(BatchItemState state) {
        return Messages.get(
                switch (state) {
                    case WAITING -> "batch.state.waiting";
                    case RUNNING -> "batch.state.running";
                    case DONE -> "batch.state.done";
                    case ALREADY_DONE -> "batch.state.earlier";
                    case SKIPPED -> "batch.state.skipped";
                    case FAILED -> "batch.state.failed";
                    case CANCELLED -> "batch.state.cancelled";
                });
    }

    static String formatText(ResultFormat format) {
        return Messages.get(
                switch (format) {
                    case SAME -> "batch.format.same";
                    case PNG -> "batch.format.png";
                    case JPG -> "batch.format.jpg";
                });
    }

    private Node reviewPane() {
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
    private void fillReview() {
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
            work.create(() -> new javafx.scene.image.Image[] {thumbnail(row.photo()), thumbnail(row.result())})
                    .onSuccess(images -> {
                        before.setImage(images[0]);
                        after.setImage(images[1]);
                    })
                    .run();
        }
    }

    private static javafx.scene.image.Image thumbnail(Path file) {
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
