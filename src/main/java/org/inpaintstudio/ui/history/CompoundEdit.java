package org.inpaintstudio.ui.history;

import java.util.List;

/** Several edits that undo and redo as one (restoring an autosave sets mask and rectangles together). */
public final class CompoundEdit implements EditCommand {
    private final List<EditCommand> parts;
    private final String descriptionKey;

    public CompoundEdit(List<EditCommand> parts, String descriptionKey) {
        this.parts = List.copyOf(parts);
        this.descriptionKey = descriptionKey;
    }

    @Override
    public void undo() {
        for (int i = parts.size() - 1; i >= 0; i--) {
            parts.get(i).undo();
        }
    }

    @Override
    public void redo() {
        for (EditCommand part : parts) {
            part.redo();
        }
    }

    @Override
    public String descriptionKey() {
        return descriptionKey;
    }

    @Override
    public long byteSize() {
        return parts.stream().mapToLong(EditCommand::byteSize).sum();
    }
}
