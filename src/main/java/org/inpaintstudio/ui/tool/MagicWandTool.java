package org.inpaintstudio.ui.tool;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Tooltip;
import org.inpaintstudio.image.MaskPlane;
import org.inpaintstudio.selection.MagicWand;
import org.inpaintstudio.ui.common.Messages;
import org.inpaintstudio.ui.editor.EditorViewModel;
import org.inpaintstudio.ui.editor.SelectionActions;
import org.inpaintstudio.ui.editor.SelectionActions.Combine;
import org.inpaintstudio.ui.editor.ToolKind;
import org.inpaintstudio.ui.mask.EditableMask;

/**
 * The magic wand: a click selects the pixels of a similar colour (CIELAB tolerance) into the mask. A plain click
 * makes the selection the painted mask, Shift adds to it, Alt subtracts; rectangles are left alone.
 */
public final class MagicWandTool implements CanvasTool {
    private final EditorViewModel model;
    private final IntegerProperty tolerance =
            new SimpleIntegerProperty(this, "tolerance", (int) MagicWand.DEFAULT_TOLERANCE);
    private final BooleanProperty contiguous = new SimpleBooleanProperty(this, "contiguous", true);
    private Node options;

    public MagicWandTool(EditorViewModel model) {
        this.model = model;
    }

    @Override
    public ToolKind kind() {
        return ToolKind.MAGIC_WAND;
    }

    @Override
    public Cursor cursor() {
        return Cursor.CROSSHAIR;
    }

    @Override
    public Node options() {
        if (options == null) {
            CheckBox joined = new CheckBox(Messages.get("editor.wand.contiguous"));
            joined.setId("wand-contiguous");
            joined.setFocusTraversable(false);
            joined.setTooltip(new Tooltip(Messages.get("editor.wand.contiguous.tooltip")));
            joined.selectedProperty().bindBidirectional(contiguous);
            options = ToolOptions.row(SelectionOptions.join(
                    SelectionOptions.slider(
                            "wand-tolerance",
                            "editor.wand.tolerance",
                            "editor.wand.tolerance.tooltip",
                            "editor.wand.tolerance.value",
                            (int) MagicWand.MIN_TOLERANCE,
                            (int) MagicWand.MAX_TOLERANCE,
                            tolerance),
                    new Node[] {joined},
                    SelectionOptions.progress(model.selectionActions())));
        }
        return options;
    }

    @Override
    public void pressed(CanvasPointer pointer) {
        EditableMask mask = model.mask();
        if (mask == null || model.busyProperty().get()) {
            return;
        }
        int x = (int) Math.floor(pointer.x());
        int y = (int) Math.floor(pointer.y());
        if (x < 0 || y < 0 || x >= mask.width() || y >= mask.height()) {
            return;
        }
        Combine combine = pointer.alt() ? Combine.SUBTRACT : pointer.shift() ? Combine.ADD : Combine.REPLACE;
        String key = switch (combine) {
            case REPLACE -> "history.wand";
            case ADD -> "history.wand.add";
            case SUBTRACT -> "history.wand.subtract";
        };
        double limit = tolerance.get();
        boolean joined = contiguous.get();
        byte[] base = mask.plane().data().clone();
        SelectionActions.Work work = (image, cancel, progress) -> {
            MaskPlane selected = MagicWand.select(image, x, y, limit, joined, cancel);
            progress.accept(1);
            return selected;
        };
        model.selectionActions().run(work, base, combine, key, () -> {});
    }

    public IntegerProperty toleranceProperty() {
        return tolerance;
    }

    public BooleanProperty contiguousProperty() {
        return contiguous;
    }
}
