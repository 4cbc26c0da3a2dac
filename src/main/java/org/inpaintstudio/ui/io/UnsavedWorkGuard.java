package org.inpaintstudio.ui.io;

import java.util.Optional;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import org.inpaintstudio.ui.common.Dialogs;
import org.inpaintstudio.ui.common.Dialogs.Choice;
import org.inpaintstudio.ui.common.Messages;
import org.inpaintstudio.ui.editor.EditorViewModel;

/**
 * Before the current work is left (closing, opening another image): asks whether to export the mask first when
 * it has unsaved changes. Either way the autosave is written, so nothing is lost.
 */
public final class UnsavedWorkGuard {
    private final Window owner;
    private final EditorViewModel model;
    private final MaskFiles files;
    private final Autosaver autosaver;

    public UnsavedWorkGuard(Window owner, EditorViewModel model, MaskFiles files, Autosaver autosaver) {
        this.owner = owner;
        this.model = model;
        this.files = files;
        this.autosaver = autosaver;
    }

    /** Runs {@code leave} once the user agreed (at once when there is nothing unsaved); not at all on Cancel. */
    public void thenLeave(Runnable leave) {
        if (model.document() == null || !model.isDirty()) {
            autosaver.flushNow();
            leave.run();
            return;
        }
        Choice export = Choice.of("dialog.unsaved.export", ButtonData.YES, "unsaved-export");
        Choice discard = Choice.of("dialog.unsaved.discard", ButtonData.NO, "unsaved-discard");
        Choice cancel = new Choice(ButtonType.CANCEL, "dialog-cancel");
        Optional<ButtonType> answer = Dialogs.ask(
                owner,
                "unsaved-dialog",
                Messages.format("dialog.unsaved.header", model.document().name()),
                Messages.get("dialog.unsaved.detail"),
                export,
                discard,
                cancel);
        if (answer.isEmpty() || answer.get() == cancel.type()) {
            return;
        }
        autosaver.flushNow();
        if (answer.get() == export.type()) {
            files.exportMask(leave);
        } else {
            leave.run();
        }
    }
}
