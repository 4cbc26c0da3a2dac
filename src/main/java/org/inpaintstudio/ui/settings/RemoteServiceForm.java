package org.inpaintstudio.ui.settings;

import javafx.application.Platform;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;
import org.inpaintstudio.api.ReturnType;
import org.inpaintstudio.backend.ConnectionCheck;
import org.inpaintstudio.backend.RemoteServiceSettings;
import org.inpaintstudio.ui.common.BackgroundWork;
import org.inpaintstudio.ui.common.Messages;

/**
 * The remote service's part of the settings: URL, API key (masked), return type, sync, requests per second, and
 * Test connection, which sends one real request and says what is wrong.
 */
final class RemoteServiceForm {
    static final double FIELD_WIDTH = 380;
    final TextField url = new TextField();
    final PasswordField key = new PasswordField();
    final ChoiceBox<ReturnType> returnType = new ChoiceBox<>();
    final CheckBox sync = new CheckBox(Messages.get("settings.sync"));
    final Spinner<Double> qps = new Spinner<>(0.1, 50, 2, 0.5);
    private final Button test = new Button(Messages.get("settings.test"));
    private final Label testResult = new Label();
    private final BooleanProperty testing = new SimpleBooleanProperty(this, "testing");
    private final BackgroundWork tasks;

    RemoteServiceForm(InpaintSettings settings, String apiKey, BackgroundWork tasks) {
        this.tasks = tasks;
        url.setId("settings-url");
        url.setPromptText("https://api.example.com");
        url.setText(settings.baseUrlProperty().get());
        url.setPrefWidth(FIELD_WIDTH);
        key.setId("settings-key");
        key.setPromptText(Messages.get("settings.key.prompt"));
        key.setText(apiKey);
        returnType.setId("settings-return-type");
        returnType.getItems().setAll(ReturnType.values());
        returnType.setConverter(new StringConverter<>() {
            @Override
            public String toString(ReturnType type) {
                return type == null
                        ? ""
                        : Messages.get(
                                switch (type) {
                                    case URL -> "settings.returnType.url";
                                    case BASE64 -> "settings.returnType.base64";
                                    case BINARY -> "settings.returnType.binary";
                                });
            }

            @Override
            public ReturnType fromString(String text) {
                return null;
            }
        });
        returnType.setValue(settings.returnTypeProperty().get());
        sync.setId("settings-sync");
        sync.setSelected(settings.syncProperty().get());
        qps.setId("settings-qps");
        qps.setEditable(true);
        qps.getValueFactory().setValue(settings.requestsPerSecondProperty().get());
        qps.setPrefWidth(90);
        test.setId("settings-test");
        test.setOnAction(e -> test());
        testResult.setId("settings-test-result");
        testResult.setWrapText(true);
        testResult.setPrefWidth(FIELD_WIDTH);
        testResult.setMinHeight(Region.USE_PREF_SIZE); // grows to as many lines as the answer needs
        testResult
                .textProperty()
                .addListener(obs -> Platform.runLater(() -> {
                    if (testResult.getScene() != null && testResult.getScene().getWindow() != null) {
                        testResult.getScene().getWindow().sizeToScene(); // the dialog grows with the answer
                    }
                }));
    }

    /** Adds the rows from {@code row} on; all but the labels are disabled while {@code offline} holds. */
    int addTo(GridPane grid, int row, BooleanBinding offline) {
        Label hint = new Label(Messages.get("settings.key.hint"));
        hint.getStyleClass().add("settings-hint");
        grid.addRow(row++, new Label(Messages.get("settings.url")), url);
        grid.addRow(row++, new Label(Messages.get("settings.key")), key);
        grid.add(hint, 1, row++);
        grid.addRow(row++, new Label(Messages.get("settings.returnType")), returnType);
        grid.add(sync, 1, row++);
        grid.addRow(row++, new Label(Messages.get("settings.qps")), qps);
        grid.add(new HBox(10, test), 1, row++);
        grid.add(testResult, 1, row++);
        for (Node control : new Node[] {url, key, returnType, sync, qps}) {
            control.disableProperty().bind(offline);
        }
        test.disableProperty().bind(offline.or(testing));
        return row;
    }

    void saveTo(InpaintSettings settings) {
        settings.baseUrlProperty().set(url.getText().strip());
        settings.returnTypeProperty().set(returnType.getValue());
        settings.syncProperty().set(sync.isSelected());
        settings.requestsPerSecondProperty().set(qps.getValue());
    }

    private void test() {
        RemoteServiceSettings wanted = new RemoteServiceSettings(url.getText().strip(), key.getText(), qps.getValue());
        testing.set(true);
        testResult.setText(Messages.get("settings.test.running"));
        tasks.create(() -> ConnectionCheck.run(wanted))
                .onSuccess(report -> testResult.setText(text(report)))
                .onFinally(() -> testing.set(false))
                .run();
    }

    static String text(ConnectionCheck.Report report) {
        String key = switch (report.result()) {
            case OK -> "settings.test.ok";
            case INVALID_URL -> "settings.test.invalidUrl";
            case UNREACHABLE -> "settings.test.unreachable";
            case TLS -> "settings.test.tls";
            case UNAUTHORIZED -> "settings.test.unauthorized";
            case NOT_FOUND -> "settings.test.notFound";
            case SERVER_ERROR -> "settings.test.server";
            case NOT_THE_API -> "settings.test.notTheApi";
            case INVALID_KEY -> "settings.test.invalidKey";
            case REDIRECTED -> report.detail().isEmpty() ? "settings.test.notTheApi" : "settings.test.redirected";
        };
        return Messages.format(key, String.valueOf(report.httpStatus()), report.detail());
    }
}
