package org.inpaintstudio.ui.mask;

import java.util.List;
import org.inpaintstudio.ui.history.EditCommand;

/** A mask edit kept as the tiles it changed, before and after; undo and redo write them back. */
public final class MaskTileEdit implements EditCommand {
    /** One changed tile. */
    public record TileChange(int tile, TileSnapshot before, TileSnapshot after) {}

    private final EditableMask mask;
    private final List<TileChange> changes;
    private final String descriptionKey;

    MaskTileEdit(EditableMask mask, List<TileChange> changes, String descriptionKey) {
        this.mask = mask;
        this.changes = List.copyOf(changes);
        this.descriptionKey = descriptionKey;
    }

    public int tileCount() {
        return changes.size();
    }

    @Override
    public void undo() {
        for (TileChange change : changes) {
            mask.writeTile(change.tile(), change.before().bytes());
        }
        mask.flushChanges();
    }

    @Override
    public void redo() {
        for (TileChange change : changes) {
            mask.writeTile(change.tile(), change.after().bytes());
        }
        mask.flushChanges();
    }

    @Override
    public String descriptionKey() {
        return descriptionKey;
    }

    @Override
    public long byteSize() {
        long size = 64;
        for (TileChange change : changes) {
            size += 24 + change.before().byteSize() + change.after().byteSize();
        }
        return size;
    }
}
