package org.inpaintstudio.ui.result;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.inpaintstudio.ui.common.Messages;

/** The buttons over the compare view: Apply, Save, Save As, and back to editing. */
public final class ResultBar {
    /** What the buttons do. */
    public interface Actions {
        void apply();

        void save();

        void saveAs();

        void close();

        /** The name Save writes, for its tooltip. */
        String saveName();
    }

    private ResultBar() {
    }

    public static HBox create(Actions actions) {
        Button apply = button("result-apply", "result.apply", actions::apply);
        apply.getStyleClass().add("accent");
        apply.setTooltip(new Tooltip(Messages.get("result.apply.tooltip")));
        Button save = button("result-save", "result.save", actions::save);
        Tooltip saveTip = new Tooltip();
        save.setTooltip(saveTip);
        save.setOnMouseEntered(e -> saveTip.setText(Messages.format("result.save.tooltip", actions.saveName())));
        Button saveAs = button("result-save-as", "result.saveAs", actions::saveAs);
        saveAs.setTooltip(new Tooltip(Messages.get("result.saveAs.tooltip")));
        Button close = button("result-close", "result.close", actions::close);
        HBox bar = new HBox(8, apply, save, saveAs, close);
        bar.setId("result-bar");
        bar.getStyleClass().add("result-bar");
        bar.setAlignment(Pos.CENTER);
        bar.setMaxSize(HBox.USE_PREF_SIZE, HBox.USE_PREF_SIZE);
        return bar;
    }

    private static Button button(String id, String textKey, Runnable action) {
        Button button = new Button(Messages.get(textKey));
        button.setId(id);
        button.setFocusTraversable(false);
        button.setOnAction(e -> action.run());
        return button;
    }
}
