package org.inpaintstudio.ui.window;

import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.HBox;
import javafx.stage.Window;
import org.inpaintstudio.ui.common.Messages;

/** Asks by how many pixels to grow or shrink the mask. */
final class GrowDialog {
    static final int MAX_PIXELS = 200;

    private GrowDialog() {}

    static Optional<Integer> ask(Window owner, boolean grow, int initial) {
        Dialog<Integer> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(Messages.get(grow ? "menu.edit.grow" : "menu.edit.shrink"));
        dialog.setHeaderText(Messages.get(grow ? "dialog.grow.header" : "dialog.shrink.header"));
        Spinner<Integer> amount = new Spinner<>(1, MAX_PIXELS, initial);
        amount.setId("grow-amount");
        amount.setEditable(true);
        HBox row = new HBox(8, new Label(Messages.get("dialog.grow.pixels")), amount);
        row.setPadding(new Insets(8));
        dialog.getDialogPane().setContent(row);
        dialog.getDialogPane().setId("grow-dialog");
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        if (owner != null && owner.getScene() != null) {
            dialog.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        dialog.setResultConverter(button -> button == ButtonType.OK ? amount.getValue() : null);
        return dialog.showAndWait();
    }
}
