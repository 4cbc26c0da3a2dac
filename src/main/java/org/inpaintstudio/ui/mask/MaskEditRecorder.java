package org.inpaintstudio.ui.mask;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Keeps a tile's bytes the first time an edit touches it, then pairs them with the bytes after the edit. */
final class MaskEditRecorder {
    private final EditableMask mask;
    private final boolean[] captured;
    private final Map<Integer, byte[]> before = new LinkedHashMap<>();

    MaskEditRecorder(EditableMask mask, int tileCount) {
        this.mask = mask;
        this.captured = new boolean[tileCount];
    }

    void capture(int tile) {
        if (!captured[tile]) {
            captured[tile] = true;
            before.put(tile, mask.tile(tile));
        }
    }

    MaskTileEdit finish(String descriptionKey) {
        List<MaskTileEdit.TileChange> changes = new ArrayList<>();
        for (Map.Entry<Integer, byte[]> entry : before.entrySet()) {
            byte[] after = mask.tile(entry.getKey());
            if (!Arrays.equals(entry.getValue(), after)) {
                changes.add(new MaskTileEdit.TileChange(
                        entry.getKey(), TileSnapshot.of(entry.getValue()), TileSnapshot.of(after)));
            }
        }
        return changes.isEmpty() ? null : new MaskTileEdit(mask, changes, descriptionKey);
    }
}
