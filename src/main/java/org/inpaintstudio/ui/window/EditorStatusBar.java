package org.inpaintstudio.ui.window;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import org.controlsfx.control.StatusBar;
import org.inpaintstudio.ui.editor.EditorStatus;
import org.inpaintstudio.ui.editor.EditorViewModel;

/** The status bar: the last message and a busy indicator on the left, the editor's figures on the right. */
final class EditorStatusBar {
    private EditorStatusBar() {}

    /** @param ownProgress while true another bar shows the progress (an Inpaint task), so this one rests */
    static StatusBar create(EditorViewModel model, ObservableBooleanValue ownProgress) {
        EditorStatus status = new EditorStatus(model);
        StatusBar bar = new StatusBar();
        bar.setId("status-bar");
        bar.textProperty().bind(model.statusTextProperty());
        // An indeterminate bar animates on every frame; two at once cost the engine CPU on small machines.
        bar.progressProperty()
                .bind(Bindings.when(model.busyProperty().and(Bindings.not(ownProgress)))
                        .then(-1.0)
                        .otherwise(0.0));
        bar.getRightItems()
                .addAll(
                        label("status-size", status.size(), 110),
                        separator(),
                        label("status-zoom", status.zoom(), 60),
                        separator(),
                        label("status-tool", status.tool(), 80),
                        separator(),
                        label("status-cursor", status.cursor(), 110),
                        separator(),
                        label("status-masked", status.masked(), 110));
        return bar;
    }

    private static Label label(String id, StringBinding text, double minWidth) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add("status-figure");
        label.setMinWidth(minWidth);
        label.textProperty().bind(text);
        return label;
    }

    private static Separator separator() {
        return new Separator(Orientation.VERTICAL);
    }
}
