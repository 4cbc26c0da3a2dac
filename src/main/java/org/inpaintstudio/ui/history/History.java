package org.inpaintstudio.ui.history;

import java.util.ArrayDeque;
import java.util.Deque;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * Undo and redo stacks of {@link EditCommand}s. Each state of the document has an id (the id of the last applied
 * command) so "unsaved" is simply "the current state is not the one last saved". The oldest commands are dropped
 * when the history outgrows its memory budget.
 */
public final class History {
    private record Entry(long id, EditCommand command) {}

    private final Deque<Entry> undo = new ArrayDeque<>();
    private final Deque<Entry> redo = new ArrayDeque<>();
    private final long budgetBytes;
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final ReadOnlyBooleanWrapper modified = new ReadOnlyBooleanWrapper(this, "modified");
    private final ReadOnlyObjectWrapper<EditCommand> nextUndo = new ReadOnlyObjectWrapper<>(this, "nextUndo");
    private final ReadOnlyObjectWrapper<EditCommand> nextRedo = new ReadOnlyObjectWrapper<>(this, "nextRedo");
    /** Counts every change of state (record, undo, redo, clear), for listeners such as autosave. */
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper(this, "revision");

    private long nextId = 1;
    private long savedStateId;
    /** State id when the undo stack is empty: 0 at first, the id of the last dropped command after trimming. */
    private long baseStateId;

    private long bytes;

    public History(long budgetBytes) {
        this.budgetBytes = budgetBytes;
    }

    /** Adds an edit that has already been applied; clears what could have been redone. */
    public void record(EditCommand command) {
        if (command == null) {
            return;
        }
        redo.forEach(entry -> bytes -= entry.command().byteSize());
        redo.clear();
        undo.push(new Entry(nextId++, command));
        bytes += command.byteSize();
        while (bytes > budgetBytes && undo.size() > 1) {
            Entry dropped = undo.removeLast();
            bytes -= dropped.command().byteSize();
            baseStateId = dropped.id();
        }
        changed();
    }

    /** Applies an edit and records it. */
    public void perform(EditCommand command) {
        command.redo();
        record(command);
    }

    public void undo() {
        if (!undo.isEmpty()) {
            Entry entry = undo.pop();
            entry.command().undo();
            redo.push(entry);
            changed();
        }
    }

    public void redo() {
        if (!redo.isEmpty()) {
            Entry entry = redo.pop();
            entry.command().redo();
            undo.push(entry);
            changed();
        }
    }

    /** Forgets everything, e.g. when another image is opened; the empty state counts as saved. */
    public void clear() {
        undo.clear();
        redo.clear();
        bytes = 0;
        baseStateId = 0;
        savedStateId = 0;
        changed();
    }

    /** The current state is now the saved one (the mask was exported). */
    public void markSaved() {
        savedStateId = currentStateId();
        changed();
    }

    public long byteSize() {
        return bytes;
    }

    public int undoSize() {
        return undo.size();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty modifiedProperty() {
        return modified.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<EditCommand> nextUndoProperty() {
        return nextUndo.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<EditCommand> nextRedoProperty() {
        return nextRedo.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    private long currentStateId() {
        return undo.isEmpty() ? baseStateId : undo.peek().id();
    }

    private void changed() {
        canUndo.set(!undo.isEmpty());
        canRedo.set(!redo.isEmpty());
        nextUndo.set(undo.isEmpty() ? null : undo.peek().command());
        nextRedo.set(redo.isEmpty() ? null : redo.peek().command());
        modified.set(currentStateId() != savedStateId);
        revision.set(revision.get() + 1);
    }
}
