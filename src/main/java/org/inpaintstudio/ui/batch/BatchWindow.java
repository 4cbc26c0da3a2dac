package org.inpaintstudio.ui.batch;

import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.inpaintstudio.batch.ResultFormat;
import org.inpaintstudio.ui.common.BackgroundWork;
import org.inpaintstudio.ui.common.Messages;
import org.inpaintstudio.ui.io.FilePicker;

/**
 * File > Batch...: choose the photos, their masks (a folder, or the current photo's rectangles for every photo) and
 * where the results go; watch the queue; then review before/after thumbnails, a click opening that result in the
 * editor to fix by hand (saving over the batch result).
 */
public final class BatchWindow {
    private final Stage stage = new Stage();
    private final BatchViewModel model;
    private final FilePicker picker;
    private final BatchReview review;

    /** @param openResult opens a batch result in the editor, where Save writes over it */
    public BatchWindow(
            Window owner, BatchViewModel model, FilePicker picker, BackgroundWork work, Consumer<Path> openResult) {
        this.model = model;
        this.picker = picker;
        this.review = new BatchReview(model, work, openResult);
        stage.initOwner(owner);
        stage.setTitle(Messages.get("batch.title"));
        VBox root = new VBox(10, form(), buttons(), BatchQueueTable.create(model), review.pane());
        root.setPadding(new Insets(12));
        Scene scene = new Scene(root, 760, 640);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        stage.setScene(scene);
        stage.setOnCloseRequest(e -> model.cancel());
        model.runningProperty().addListener((o, was, now) -> {
            if (!now) {
                review.fill();
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

    static String formatText(ResultFormat format) {
        return Messages.get(
                switch (format) {
                    case SAME -> "batch.format.same";
                    case PNG -> "batch.format.png";
                    case JPG -> "batch.format.jpg";
                });
    }
}
