package org.inpaintstudio.ui.tool;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.inpaintstudio.ui.common.Messages;
import org.inpaintstudio.ui.editor.EditorViewModel;

/** The option controls tools share. */
final class ToolOptions {
    private ToolOptions() {}

    /** Brush size slider on a log scale (fine control of small brushes), with the size in pixels beside it. */
    static Node brushSize(EditorViewModel model) {
        Slider slider = new Slider(
                Math.log(EditorViewModel.MIN_BRUSH),
                Math.log(EditorViewModel.MAX_BRUSH),
                Math.log(model.brushSizeProperty().get()));
        slider.setId("brush-size-slider");
        slider.setFocusTraversable(false);
        slider.setPrefWidth(160);
        slider.setTooltip(new Tooltip(Messages.get("editor.brush.size.tooltip")));
        boolean[] updating = {false};
        slider.valueProperty().addListener((obs, old, now) -> {
            if (!updating[0]) {
                updating[0] = true;
                model.brushSizeProperty().set((int) Math.round(Math.exp(now.doubleValue())));
                updating[0] = false;
            }
        });
        model.brushSizeProperty().addListener((obs, old, now) -> {
            if (!updating[0]) {
                updating[0] = true;
                slider.setValue(Math.log(now.intValue()));
                updating[0] = false;
            }
        });
        Label value = new Label();
        value.setId("brush-size-value");
        value.setMinWidth(52);
        value.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> Messages.format(
                                "editor.brush.size.value",
                                model.brushSizeProperty().get()),
                        model.brushSizeProperty()));
        return row(new Label(Messages.get("editor.brush.size")), slider, value);
    }

    /** A one-line hint, e.g. how to subtract with the lasso. */
    static Node hint(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("tool-hint");
        return row(label);
    }

    static HBox row(Node... nodes) {
        HBox box = new HBox(8, nodes);
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().add("tool-options");
        return box;
    }
}
