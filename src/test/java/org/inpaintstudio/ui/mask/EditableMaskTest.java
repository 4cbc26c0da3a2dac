package org.inpaintstudio.ui.mask;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.inpaintstudio.image.MaskPlane;
import org.inpaintstudio.image.PixelBox;
import org.junit.jupiter.api.Test;

class EditableMaskTest {
    @Test
    void spansAreClippedCountedAndReportedAsOneRegion() {
        EditableMask mask = new EditableMask(new MaskPlane(100, 50));
        List<PixelBox> heard = new ArrayList<>();
        mask.addListener(heard::add);

        mask.fillSpan(10, -5, 20, true);
        mask.fillSpan(12, 90, 150, true);
        mask.fillSpan(60, 0, 10, true); // below the mask: ignored
        mask.flushChanges();

        assertEquals(20 + 10, mask.repairCount());
        assertEquals(List.of(new PixelBox(0, 10, 100, 13)), heard);
        assertTrue(mask.isRepair(0, 10) && mask.isRepair(99, 12));
    }

    @Test
    void anEditRecordsOnlyTheTilesItChangedAndUndoRedoIsBitExact() {
        EditableMask mask = new EditableMask(new MaskPlane(300, 200));
        randomise(mask, new Random(7));
        byte[] before = mask.plane().data().clone();

        mask.beginEdit();
        BrushRasterizer.segment(mask, 10, 10, 100, 20, 12, true);
        BrushRasterizer.segment(mask, 100, 20, 40, 150, 30, false);
        MaskTileEdit edit = mask.endEdit("history.brush");
        byte[] after = mask.plane().data().clone();
        long countAfter = mask.repairCount();

        int touchedTiles = 5 * 4; // the whole 300 x 200 mask has 5 x 4 tiles of 64
        assertTrue(edit.tileCount() > 0 && edit.tileCount() < touchedTiles, "tiles: " + edit.tileCount());
        edit.undo();
        assertArrayEquals(before, mask.plane().data());
        assertEquals(MaskPlane.wrap(300, 200, before).repairCount(), mask.repairCount());
        edit.redo();
        assertArrayEquals(after, mask.plane().data());
        assertEquals(countAfter, mask.repairCount());
    }

    @Test
    void anEditThatChangesNothingIsNotRecorded() {
        EditableMask mask = new EditableMask(new MaskPlane(80, 80));
        mask.beginEdit();
        mask.fillSpan(3, 0, 80, false);
        assertNull(mask.endEdit("history.eraser"));
    }

    @Test
    void replaceAllTouchesOnlyDifferingTiles() {
        EditableMask mask = new EditableMask(new MaskPlane(256, 128));
        byte[] next = new byte[256 * 128];
        next[70 * 256 + 200] = MaskPlane.REPAIR;
        mask.beginEdit();
        mask.replaceAll(next);
        MaskTileEdit edit = mask.endEdit("history.import.mask");
        assertEquals(1, edit.tileCount());
        assertEquals(1, mask.repairCount());
    }

    @Test
    void tileSnapshotsPackAndUnpackExactly() {
        byte[] uniform = new byte[4096];
        Arrays.fill(uniform, MaskPlane.REPAIR);
        byte[] binary = new byte[4096];
        byte[] raw = new byte[4096];
        Random random = new Random(3);
        for (int i = 0; i < binary.length; i++) {
            binary[i] = (byte) random.nextInt(2);
            raw[i] = (byte) random.nextInt(256);
        }
        for (byte[] tile : new byte[][] {uniform, binary, raw, new byte[37]}) {
            assertArrayEquals(tile, TileSnapshot.of(tile).bytes());
        }
        assertTrue(TileSnapshot.of(uniform).byteSize() < 100);
        assertTrue(TileSnapshot.of(binary).byteSize() <= 32 + 512, "binary tiles are one bit a pixel");
    }

    static void randomise(EditableMask mask, Random random) {
        for (int y = 0; y < mask.height(); y++) {
            int x0 = random.nextInt(mask.width());
            mask.fillSpan(y, x0, x0 + random.nextInt(40), true);
        }
        mask.flushChanges();
    }
}
