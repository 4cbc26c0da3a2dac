package org.inpaintstudio.ui.common;

import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.stage.Window;

/** Message and question dialogs with node ids, so tests can find them whatever the language. */
public final class Dialogs {
    private Dialogs() {}

    /** Something failed: a header saying what, a text saying why and what to do. Waits for OK. */
    public static void error(Window owner, String header, String detail) {
        tell(Alert.AlertType.ERROR, owner, "error-dialog", header, detail);
    }

    /** Plain information, e.g. the keyboard shortcuts. */
    public static void info(Window owner, String header, String detail) {
        tell(Alert.AlertType.INFORMATION, owner, "info-dialog", header, detail);
    }

    private static void tell(Alert.AlertType type, Window owner, String id, String header, String detail) {
        Alert alert = alert(type, owner, id, header, detail);
        alert.getButtonTypes().setAll(ButtonType.OK);
        alert.getDialogPane().lookupButton(ButtonType.OK).setId("dialog-ok");
        alert.showAndWait();
    }

    /**
     * Asks a question; the buttons are given with their ids. Returns the button chosen, or empty when the dialog
     * was closed.
     */
    public static Optional<ButtonType> ask(Window owner, String id, String header, String detail, Choice... choices) {
        Alert alert = alert(Alert.AlertType.CONFIRMATION, owner, id, header, detail);
        alert.getButtonTypes().clear();
        for (Choice choice : choices) {
            alert.getButtonTypes().add(choice.type());
        }
        for (Choice choice : choices) {
            alert.getDialogPane().lookupButton(choice.type()).setId(choice.id());
        }
        return alert.showAndWait();
    }

    /** A dialog button: its type (text and role) and node id. */
    public record Choice(ButtonType type, String id) {
        public static Choice of(String textKey, ButtonData role, String id) {
            return new Choice(new ButtonType(Messages.get(textKey), role), id);
        }
    }

    private static Alert alert(Alert.AlertType type, Window owner, String id, String header, String detail) {
        Alert alert = new Alert(type);
        alert.initOwner(owner);
        alert.setTitle(Messages.get("app.name"));
        alert.setHeaderText(header);
        Label content = new Label(detail);
        content.setId("dialog-message");
        content.setWrapText(true);
        content.setMaxWidth(460);
        alert.getDialogPane().setContent(content);
        alert.getDialogPane().setId(id);
        if (owner != null && owner.getScene() != null) {
            alert.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        return alert;
    }
}
