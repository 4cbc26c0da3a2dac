package org.inpaintstudio.ui.settings;

import java.io.File;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import javafx.beans.binding.BooleanExpression;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.FileChooser;
import org.inpaintstudio.backend.ModelCheck;
import org.inpaintstudio.backend.TaskProblem;
import org.inpaintstudio.ui.common.BackgroundWork;
import org.inpaintstudio.ui.common.Messages;

/**
 * The model file's part of the settings: the file (typed or chosen), what it is (name, type, input size), and Test,
 * which runs it once on a small striped image and shows the result. Opening a model loads ONNX Runtime, so it is
 * only done here on request and in the background.
 */
final class ModelFileForm {
    final TextField file = new TextField();
    private final Button choose = new Button(Messages.get("settings.model.choose"));
    private final Label info = new Label();
    private final Button test = new Button(Messages.get("settings.model.test"));
    private final Label testResult = new Label();
    private final ImageView testImage = new ImageView();
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private final BackgroundWork tasks;

    ModelFileForm(InpaintSettings settings, BackgroundWork tasks) {
        this.tasks = tasks;
        file.setId("settings-model-file");
        file.setPromptText(Messages.get("settings.model.prompt"));
        file.setText(settings.modelFileProperty().get());
        file.setOnAction(e -> describe());
        file.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                describe();
            }
        });
        HBox.setHgrow(file, Priority.ALWAYS);
        choose.setId("settings-model-choose");
        choose.setOnAction(e -> choose());
        info.setId("settings-model-info");
        info.setWrapText(true);
        info.setPrefWidth(RemoteServiceForm.FIELD_WIDTH);
        info.setMinHeight(Region.USE_PREF_SIZE);
        info.setText(Messages.get(file.getText().isBlank() ? "settings.model.none" : "settings.model.unchecked"));
        test.setId("settings-model-test");
        test.setOnAction(e -> test());
        testResult.setId("settings-model-test-result");
        testResult.setWrapText(true);
        testResult.setPrefWidth(RemoteServiceForm.FIELD_WIDTH);
        testResult.setMinHeight(Region.USE_PREF_SIZE);
        testImage.setId("settings-model-test-image");
        testImage.setPreserveRatio(true);
        testImage.setFitHeight(64);
    }

    /** Adds the rows from {@code row} on; all are disabled while {@code notChosen} holds. */
    int addTo(GridPane grid, int row, BooleanExpression notChosen) {
        grid.addRow(row++, new Label(Messages.get("settings.model.file")), new HBox(6, file, choose));
        grid.add(info, 1, row++);
        grid.add(new HBox(10, test, testImage), 1, row++);
        grid.add(testResult, 1, row++);
        file.disableProperty().bind(notChosen);
        choose.disableProperty().bind(notChosen);
        test.disableProperty().bind(notChosen.or(busy).or(file.textProperty().isEmpty()));
        return row;
    }

    void saveTo(InpaintSettings settings) {
        settings.modelFileProperty().set(file.getText().strip());
    }

    private void choose() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("settings.model.choose.title"));
        chooser.getExtensionFilters()
                .add(new FileChooser.ExtensionFilter(Messages.get("settings.model.kind"), "*.onnx"));
        File chosen = chooser.showOpenDialog(
                file.getScene() == null ? null : file.getScene().getWindow());
        if (chosen != null) {
            file.setText(chosen.getAbsolutePath());
            describe();
        }
    }

    private void describe() {
        Path path = path();
        if (path == null) {
            return;
        }
        info.setText(Messages.get("settings.model.reading"));
        tasks.create(() -> ModelCheck.describe(path))
                .onSuccess(description -> info.setText(text(description)))
                .onError(e -> info.setText(problem(e)))
                .run();
    }

    private void test() {
        Path path = path();
        if (path == null) {
            return;
        }
        busy.set(true);
        testImage.setImage(null);
        testResult.setText(Messages.get("settings.model.test.running"));
        tasks.create(() -> ModelCheck.test(path))
                .onSuccess(run -> {
                    info.setText(text(run.model()));
                    testResult.setText(Messages.format("settings.model.test.ok", run.millis()));
                    testImage.setImage(SwingFXUtils.toFXImage(run.result(), null));
                })
                .onError(e -> testResult.setText(problem(e)))
                .onFinally(() -> busy.set(false))
                .run();
    }

    /** The typed path, or null (with the reason shown) when there is none or it is not a path. */
    private Path path() {
        String text = file.getText().strip();
        if (text.isEmpty()) {
            info.setText(Messages.get("settings.model.none"));
            return null;
        }
        try {
            return Path.of(text);
        } catch (InvalidPathException e) {
            info.setText(Messages.format("settings.model.problem", e.getMessage()));
            return null;
        }
    }

    static String text(ModelCheck.Description model) {
        String size = model.side() > 0
                ? Messages.format("settings.model.side", model.side())
                : Messages.get("settings.model.anySize");
        String megabytes = model.fileBytes() < 1_000_000
                ? (model.fileBytes() + 999) / 1000 + " kB"
                : Math.round(model.fileBytes() / 1e6) + " MB";
        return Messages.format("settings.model.info", model.fileName(), model.style(), model.type(), size, megabytes);
    }

    private static String problem(Exception e) {
        String detail = e instanceof TaskProblem problem ? problem.detail(Messages.locale()) : String.valueOf(e);
        return Messages.format("settings.model.problem", detail);
    }
}
