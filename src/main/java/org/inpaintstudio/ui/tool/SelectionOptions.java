package org.inpaintstudio.ui.tool;

import javafx.beans.binding.Bindings;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import org.inpaintstudio.ui.common.Messages;
import org.inpaintstudio.ui.editor.SelectionActions;

/** Option controls the two selection tools share: a whole-number slider, and the progress of a running selection. */
final class SelectionOptions {
    private SelectionOptions() {}

    /** A slider over whole values with the value beside it; the property follows the slider. */
    static Node[] slider(
            String id, String labelKey, String tooltipKey, String valueKey, int min, int max, IntegerProperty value) {
        Slider slider = new Slider(min, max, value.get());
        slider.setId(id + "-slider");
        slider.setFocusTraversable(false);
        slider.setPrefWidth(120);
        slider.setBlockIncrement(1);
        slider.setTooltip(new Tooltip(Messages.get(tooltipKey)));
        slider.valueProperty().addListener((obs, old, now) -> value.set((int) Math.round(now.doubleValue())));
        value.addListener((obs, old, now) -> slider.setValue(now.intValue()));
        Label shown = new Label();
        shown.setId(id + "-value");
        shown.setMinWidth(40);
        shown.textProperty().bind(Bindings.createStringBinding(() -> Messages.format(valueKey, value.get()), value));
        return new Node[] {new Label(Messages.get(labelKey)), slider, shown};
    }

    /** A progress bar and Cancel, shown while a selection runs. */
    static Node[] progress(SelectionActions selections) {
        ReadOnlyBooleanProperty running = selections.runningProperty();
        ProgressBar bar = new ProgressBar();
        bar.setId("selection-progress");
        bar.setPrefWidth(90);
        bar.progressProperty().bind(selections.progressProperty());
        Button cancel = new Button(Messages.get("selection.cancel"));
        cancel.setId("selection-cancel");
        cancel.setFocusTraversable(false);
        cancel.setTooltip(new Tooltip(Messages.get("selection.cancel.tooltip")));
        cancel.setOnAction(e -> selections.cancel());
        for (Node node : new Node[] {bar, cancel}) {
            node.visibleProperty().bind(running);
            node.managedProperty().bind(running);
        }
        return new Node[] {bar, cancel};
    }

    static Node[] join(Node[]... groups) {
        return java.util.Arrays.stream(groups).flatMap(java.util.Arrays::stream).toArray(Node[]::new);
    }
}
