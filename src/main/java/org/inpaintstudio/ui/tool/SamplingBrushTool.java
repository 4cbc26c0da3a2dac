package org.inpaintstudio.ui.tool;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import org.controlsfx.control.SegmentedButton;
import org.inpaintstudio.ui.common.Messages;
import org.inpaintstudio.ui.editor.EditorViewModel;
import org.inpaintstudio.ui.editor.SamplingArea;
import org.inpaintstudio.ui.editor.SamplingMode;
import org.inpaintstudio.ui.editor.ToolKind;
import org.inpaintstudio.ui.mask.EditableMask;

/**
 * Paints the sampling area, the layer that tells the fill where it may copy from; Alt held at the start of a
 * stroke subtracts. Its options choose what the painted pixels mean. It paints nothing while the chosen backend
 * cannot be told (a remote service).
 */
public final class SamplingBrushTool extends StrokeTool {
    public SamplingBrushTool(EditorViewModel model) {
        super(model);
    }

    @Override
    public ToolKind kind() {
        return ToolKind.SAMPLE_AREA;
    }

    @Override
    boolean paintsRepair(CanvasPointer start) {
        return !start.alt();
    }

    @Override
    EditableMask target(EditorViewModel editor) {
        SamplingArea area = editor.samplingArea();
        return area == null || !editor.samplingAvailableProperty().get() ? null : area.painted();
    }

    @Override
    String historyKey() {
        return "history.sample";
    }

    @Override
    Node extraOptions(EditorViewModel editor) {
        SegmentedButton modes = new SegmentedButton();
        modes.setId("sample-modes");
        for (SamplingMode mode : SamplingMode.values()) {
            ToggleButton button = new ToggleButton(Messages.get(mode.nameKey()));
            button.setId(mode == SamplingMode.EXCLUDE ? "sample-mode-exclude" : "sample-mode-only");
            button.setFocusTraversable(false);
            button.setTooltip(new Tooltip(Messages.get(mode.tooltipKey())));
            button.setOnAction(e -> choose(editor, mode, button));
            modes.getButtons().add(button);
        }
        Runnable showMode = () -> {
            SamplingArea area = editor.samplingArea();
            SamplingMode current =
                    area == null ? SamplingMode.EXCLUDE : area.modeProperty().get();
            modes.getButtons().get(current.ordinal()).setSelected(true);
        };
        editor.samplingAreaProperty().addListener((obs, old, area) -> {
            showMode.run();
            if (area != null) {
                area.modeProperty().addListener((o, was, now) -> showMode.run());
            }
        });
        showMode.run();
        modes.disableProperty().bind(editor.samplingAvailableProperty().not());
        Label hint = new Label();
        hint.setId("sample-hint");
        hint.getStyleClass().add("tool-hint");
        Tooltip why = new Tooltip(Messages.get("editor.sample.unavailable"));
        // The options bar has little room: the short hint there, the whole reason in its tooltip.
        Runnable showHint = () -> {
            boolean available = editor.samplingAvailableProperty().get();
            hint.setText(Messages.get(available ? "editor.sample.hint" : "editor.sample.unavailable.short"));
            hint.setTooltip(available ? null : why);
        };
        editor.samplingAvailableProperty().addListener((obs, was, now) -> showHint.run());
        showHint.run();
        return ToolOptions.row(modes, hint);
    }

    private static void choose(EditorViewModel editor, SamplingMode mode, ToggleButton button) {
        SamplingArea area = editor.samplingArea();
        if (area != null) {
            area.modeProperty().set(mode);
        }
        button.setSelected(true); // clicking the chosen mode again keeps it chosen
    }
}
