package org.inpaintstudio.ui.window;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.controlsfx.control.SegmentedButton;
import org.inpaintstudio.ui.common.Messages;
import org.inpaintstudio.ui.editor.EditorViewModel;
import org.inpaintstudio.ui.editor.ToolKind;
import org.inpaintstudio.ui.tool.ToolBox;

/**
 * The tool bars: open, the tools as one segmented button, undo/redo and Inpaint on the first; the active tool's
 * options and the mask opacity on the second (an options bar, so that adding tools never pushes Inpaint off).
 */
final class EditorToolBar {
    private EditorToolBar() {}

    static VBox create(EditorActions actions, ToolBox tools) {
        EditorViewModel model = actions.model();
        Button open = button("toolbar-open", "toolbar.open", "toolbar.open.tooltip", actions::open);
        Button undo = button("toolbar-undo", "toolbar.undo", "toolbar.undo.tooltip", actions::undo);
        undo.disableProperty().bind(model.history().canUndoProperty().not());
        Button redo = button("toolbar-redo", "toolbar.redo", "toolbar.redo.tooltip", actions::redo);
        redo.disableProperty().bind(model.history().canRedoProperty().not());
        Button inpaint = button("inpaint-button", "toolbar.inpaint", "toolbar.inpaint.tooltip", actions::inpaint);
        inpaint.getStyleClass().add("accent");
        inpaint.disableProperty().bind(model.canInpaint().not());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        ToolBar bar =
                new ToolBar(open, new Separator(), toolButtons(model), new Separator(), undo, redo, spacer, inpaint);
        bar.setId("tool-bar");
        Region optionsSpacer = new Region();
        HBox.setHgrow(optionsSpacer, Priority.ALWAYS);
        ToolBar optionsBar = new ToolBar(options(model, tools), optionsSpacer, new Separator(), opacity(model));
        optionsBar.setId("options-bar");
        return new VBox(bar, optionsBar);
    }

    private static SegmentedButton toolButtons(EditorViewModel model) {
        SegmentedButton segmented = new SegmentedButton();
        segmented.setId("tool-buttons");
        for (ToolKind kind : ToolKind.values()) {
            ToggleButton button = new ToggleButton(Messages.get(kind.nameKey()));
            button.setId(kind.buttonId());
            button.setFocusTraversable(false);
            button.setTooltip(new Tooltip(Messages.format(
                    "toolbar.tool.tooltip",
                    Messages.get(kind.nameKey()),
                    kind.shortcut().getName())));
            if (kind == ToolKind.SAMPLE_AREA) {
                explainWhenUnavailable(model, button);
            }
            button.setSelected(model.toolProperty().get() == kind);
            button.setOnAction(e -> {
                model.toolProperty().set(kind);
                button.setSelected(true); // clicking the chosen tool again keeps it chosen
            });
            model.toolProperty().addListener((obs, old, now) -> button.setSelected(now == kind));
            segmented.getButtons().add(button);
        }
        return segmented;
    }

    /**
     * The sampling brush is disabled while a remote service is chosen, and its tooltip says why. A disabled
     * button shows no tooltip in JavaFX, so the button stays hoverable: it is greyed and does nothing instead.
     */
    private static void explainWhenUnavailable(EditorViewModel model, ToggleButton button) {
        String usual = button.getTooltip().getText();
        Runnable show = () -> {
            boolean available = model.samplingAvailableProperty().get();
            button.getTooltip().setText(available ? usual : Messages.get("editor.sample.unavailable"));
            button.setOpacity(available ? 1 : 0.45);
        };
        model.samplingAvailableProperty().addListener((obs, was, now) -> show.run());
        show.run();
    }

    /** The chosen tool's own controls, swapped when the tool changes. */
    private static Node options(EditorViewModel model, ToolBox tools) {
        StackPane holder = new StackPane();
        holder.setId("tool-options");
        holder.setMinWidth(300);
        holder.setAlignment(Pos.CENTER_LEFT);
        // A listener on the property itself: a binding made here would be held only weakly by the property, and
        // after a garbage collection the options would stop following the tool.
        Runnable show = () -> {
            Node options = tools.active().options();
            holder.getChildren().setAll(options == null ? new Region() : options);
        };
        model.toolProperty().addListener((obs, old, now) -> show.run());
        show.run();
        return holder;
    }

    private static Node opacity(EditorViewModel model) {
        Slider slider = new Slider(0.1, 1, model.overlayOpacityProperty().get());
        slider.setId("overlay-opacity-slider");
        slider.setFocusTraversable(false);
        slider.setPrefWidth(90);
        slider.valueProperty().bindBidirectional(model.overlayOpacityProperty());
        slider.setTooltip(new Tooltip(Messages.get("toolbar.opacity.tooltip")));
        HBox box = new HBox(6, new Label(Messages.get("toolbar.opacity")), slider);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private static Button button(String id, String textKey, String tooltipKey, Runnable action) {
        Button button = new Button(Messages.get(textKey));
        button.setId(id);
        button.setFocusTraversable(false);
        button.setTooltip(new Tooltip(Messages.get(tooltipKey)));
        button.setOnAction(e -> action.run());
        return button;
    }
}
