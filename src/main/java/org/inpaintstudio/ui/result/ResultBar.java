package org.inpaintstudio.ui.result;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanExpression;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.inpaintstudio.ui.common.Messages;
import org.inpaintstudio.ui.inpaint.FillVariants;
import org.inpaintstudio.ui.inpaint.InpaintedImage;

/**
 * The buttons over the compare view: Apply, Save, Save As, back to editing, refine, and another fill of the same mask
 * with the variant shown (its number and seed) and the buttons to step between variants.
 */
public final class ResultBar {
    /** What the buttons do. */
    public interface Actions {
        void apply();

        void save();

        void saveAs();

        void close();

        /** The name Save writes, for its tooltip. */
        String saveName();

        /** Paints on the result shown, to fill the part that is wrong again on top of it. */
        void refine();

        /** Fills the same mask again with a new seed. */
        void anotherFill();

        /** The fills of this mask. */
        FillVariants variants();

        /** Whether a task runs (another fill waits for it). */
        BooleanExpression running();
    }

    private ResultBar() {}

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
        Button refine = button("result-refine", "result.refine", actions::refine);
        refine.setTooltip(new Tooltip(Messages.get("result.refine.tooltip")));
        refine.disableProperty().bind(actions.running());
        Button another = button("result-another", "result.another", actions::anotherFill);
        another.setTooltip(new Tooltip(Messages.get("result.another.tooltip")));
        another.disableProperty().bind(actions.running());
        FillVariants variants = actions.variants();
        Button previous = button("result-previous", "result.previous", () -> variants.step(-1));
        Button next = button("result-next", "result.next", () -> variants.step(1));
        previous.setTooltip(new Tooltip(Messages.get("result.previous.tooltip")));
        next.setTooltip(new Tooltip(Messages.get("result.next.tooltip")));
        previous.visibleProperty().bind(variants.several());
        next.visibleProperty().bind(variants.several());
        previous.managedProperty().bind(variants.several());
        next.managedProperty().bind(variants.several());
        Label variant = new Label();
        variant.setId("result-variant");
        variant.getStyleClass().add("result-variant");
        variant.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> describe(variants), variants.shownProperty(), variants.items()));
        HBox bar = new HBox(
                8,
                apply,
                save,
                saveAs,
                close,
                new Separator(Orientation.VERTICAL),
                refine,
                another,
                previous,
                variant,
                next);
        bar.setId("result-bar");
        bar.getStyleClass().add("result-bar");
        bar.setAlignment(Pos.CENTER);
        bar.setMaxSize(HBox.USE_PREF_SIZE, HBox.USE_PREF_SIZE);
        return bar;
    }

    /** "Fill 2 of 3, seed 2025"; without the seed when the backend chose it. */
    static String describe(FillVariants variants) {
        InpaintedImage shown = variants.current();
        if (shown == null) {
            return "";
        }
        int number = variants.shownProperty().get() + 1;
        int count = variants.items().size();
        return shown.seed() == null
                ? Messages.format("result.variant", number, count)
                : Messages.format("result.variant.seed", number, count, String.valueOf(shown.seed()));
    }

    private static Button button(String id, String textKey, Runnable action) {
        Button button = new Button(Messages.get(textKey));
        button.setId(id);
        button.setFocusTraversable(false);
        button.setOnAction(e -> action.run());
        return button;
    }
}
