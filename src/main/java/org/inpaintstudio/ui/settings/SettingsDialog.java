package org.inpaintstudio.ui.settings;

import java.io.IOException;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.inpaintstudio.ui.common.BackgroundWork;
import org.inpaintstudio.ui.common.Dialogs;
import org.inpaintstudio.ui.common.Messages;
import org.inpaintstudio.ui.common.Theme;

/**
 * The settings window: where Inpaint runs (offline engine, remote service or a model file), how results are saved, language and
 * theme. Nothing changes until Save; the API key goes to {@link ApiKeyStore}, never into the settings files.
 */
public final class SettingsDialog {
    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final RadioButton offline = new RadioButton(Messages.get("settings.backend.offline"));
    private final RadioButton remote = new RadioButton(Messages.get("settings.backend.remote"));
    private final RadioButton model = new RadioButton(Messages.get("settings.backend.model"));
    private final Spinner<Integer> jpegQuality = new Spinner<>(1, 100, InpaintSettings.DEFAULT_JPEG_QUALITY);
    private final ChoiceBox<Language> language = new ChoiceBox<>();
    private final ChoiceBox<Theme> theme = new ChoiceBox<>();
    private final RemoteServiceForm form;
    private final ModelFileForm modelForm;
    private final ButtonType save = new ButtonType(Messages.get("settings.save"), ButtonData.OK_DONE);
    private final Window owner;
    private final Settings settings;
    private final InpaintSettings inpaint;
    private final ApiKeyStore keys;

    public SettingsDialog(
            Window owner, Settings settings, InpaintSettings inpaint, ApiKeyStore keys, BackgroundWork tasks) {
        this.owner = owner;
        this.settings = settings;
        this.inpaint = inpaint;
        this.keys = keys;
        form = new RemoteServiceForm(inpaint, keys.current(), tasks);
        modelForm = new ModelFileForm(inpaint, tasks);
        ToggleGroup backends = new ToggleGroup();
        offline.setId("settings-offline");
        remote.setId("settings-remote");
        offline.setToggleGroup(backends);
        remote.setToggleGroup(backends);
        model.setId("settings-model");
        model.setToggleGroup(backends);
        switch (inpaint.backendProperty().get()) {
            case REMOTE -> remote.setSelected(true);
            case MODEL -> model.setSelected(true);
            default -> offline.setSelected(true);
        }
        jpegQuality.setId("settings-jpeg-quality");
        jpegQuality.setEditable(true);
        jpegQuality.getValueFactory().setValue(inpaint.jpegQualityProperty().get());
        jpegQuality.setPrefWidth(90);
        language.setId("settings-language");
        language.getItems().setAll(Language.values());
        language.setConverter(names(Language::nameKey));
        language.setValue(settings.languageProperty().get());
        theme.setId("settings-theme");
        theme.getItems().setAll(Theme.values());
        theme.setConverter(names(Theme::nameKey));
        theme.setValue(settings.themeProperty().get());

        GridPane grid = new GridPane();
        grid.setId("settings-grid");
        grid.setHgap(10);
        grid.setVgap(8);
        grid.setPadding(new Insets(16, 20, 8, 20));
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE); // labels are never cut short
        ColumnConstraints fields = new ColumnConstraints(RemoteServiceForm.FIELD_WIDTH);
        grid.getColumnConstraints().setAll(labels, fields);
        int row = 0;
        grid.add(heading("settings.section.backend"), 0, row++, 2, 1);
        grid.add(offline, 0, row++, 2, 1);
        grid.add(remote, 0, row++, 2, 1);
        BooleanBinding offlineChosen = remote.selectedProperty().not();
        row = form.addTo(grid, row, offlineChosen);
        grid.add(model, 0, row++, 2, 1);
        row = modelForm.addTo(grid, row, model.selectedProperty().not());
        grid.add(heading("settings.section.output"), 0, row++, 2, 1);
        grid.addRow(row++, new Label(Messages.get("settings.jpegQuality")), jpegQuality);
        grid.add(heading("settings.section.look"), 0, row++, 2, 1);
        grid.addRow(row++, new Label(Messages.get("settings.language")), language);
        grid.addRow(row, new Label(Messages.get("settings.theme")), theme);

        dialog.initOwner(owner);
        dialog.setTitle(Messages.get("settings.title"));
        dialog.getDialogPane().setId("settings-dialog");
        dialog.getDialogPane().setContent(grid);
        ButtonType cancel = new ButtonType(Messages.get("settings.cancel"), ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(save, cancel);
        dialog.getDialogPane().lookupButton(save).setId("settings-save");
        dialog.getDialogPane().lookupButton(cancel).setId("settings-cancel");
        if (owner != null && owner.getScene() != null) {
            dialog.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        dialog.setResultConverter(button -> button);
    }

    /** Shows the dialog; on Save the settings change (and are saved by their stores). True when saved. */
    public boolean showAndWait() {
        Optional<ButtonType> chosen = dialog.showAndWait();
        if (chosen.isEmpty() || chosen.get() != save) {
            return false;
        }
        inpaint.backendProperty()
                .set(
                        remote.isSelected()
                                ? BackendKind.REMOTE
                                : model.isSelected() ? BackendKind.MODEL : BackendKind.OFFLINE);
        form.saveTo(inpaint);
        modelForm.saveTo(inpaint);
        inpaint.jpegQualityProperty().set(jpegQuality.getValue());
        settings.themeProperty().set(theme.getValue());
        settings.languageProperty().set(language.getValue());
        try {
            keys.save(form.key.getText());
        } catch (IOException e) {
            Dialogs.error(
                    owner,
                    Messages.get("settings.title"),
                    Messages.format("settings.key.save.failed", e.getClass().getSimpleName()));
        }
        return true;
    }

    private static Label heading(String key) {
        Label label = new Label(Messages.get(key));
        label.getStyleClass().add("settings-heading");
        return label;
    }

    private static <T> StringConverter<T> names(Function<T, String> nameKey) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : Messages.get(nameKey.apply(value));
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        };
    }
}
