package org.inpaintstudio.ui.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.inpaintstudio.image.MaskPlane;
import org.inpaintstudio.image.MaskRectangle;
import org.inpaintstudio.ui.editor.SamplingMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AutosaveStoreTest {
    @TempDir
    Path dir;

    @Test
    void savesAndLoadsStrokesAndRectangles() throws Exception {
        AutosaveStore store = new AutosaveStore(dir);
        MaskPlane strokes = new MaskPlane(30, 20);
        strokes.fill(new MaskRectangle(3, 4, 5, 6), true);
        List<MaskRectangle> rectangles = List.of(new MaskRectangle(1, 2, 3, 4));
        store.save("key", strokes, rectangles);

        AutosaveStore.Saved saved = store.load("key", 30, 20).orElseThrow();
        assertEquals(strokes, saved.strokes());
        assertEquals(rectangles, saved.rectangles());
        assertTrue(store.load("key", 31, 20).isEmpty(), "a mask of another size is not offered");
        assertTrue(store.load("other", 30, 20).isEmpty());
    }

    @Test
    void aSamplingAreaAloneIsSavedWithItsModeAndDroppedWhenCleared() throws Exception {
        AutosaveStore store = new AutosaveStore(dir);
        MaskPlane sampled = new MaskPlane(30, 20);
        sampled.fill(new MaskRectangle(10, 0, 20, 20), true);
        store.save("key", new MaskPlane(30, 20), List.of(), sampled, SamplingMode.ONLY_HERE);

        AutosaveStore.Saved saved = store.load("key", 30, 20).orElseThrow();
        assertEquals(sampled, saved.sampled());
        assertEquals(SamplingMode.ONLY_HERE, saved.mode());

        MaskPlane strokes = new MaskPlane(30, 20);
        strokes.set(1, 1, true);
        store.save("key", strokes, List.of(), new MaskPlane(30, 20), SamplingMode.ONLY_HERE);
        assertNull(store.load("key", 30, 20).orElseThrow().sampled());
    }

    @Test
    void nothingToRestoreRemovesTheAutosave() throws Exception {
        AutosaveStore store = new AutosaveStore(dir);
        MaskPlane strokes = new MaskPlane(10, 10);
        strokes.set(1, 1, true);
        store.save("key", strokes, List.of());
        store.save("key", new MaskPlane(10, 10), List.of());
        assertTrue(store.load("key", 10, 10).isEmpty());
        assertFalse(Files.exists(dir.resolve("autosave").resolve("key")));
    }

    @Test
    void theKeyChangesWhenTheImageFileChanges() throws Exception {
        Path image = dir.resolve("photo.png");
        Files.write(image, new byte[] {1, 2, 3});
        String first = AutosaveStore.keyFor(image);
        assertEquals(first, AutosaveStore.keyFor(dir.resolve(".").resolve("photo.png")));
        Files.setLastModifiedTime(
                image, FileTime.fromMillis(Files.getLastModifiedTime(image).toMillis() + 5000));
        assertNotEquals(first, AutosaveStore.keyFor(image));
    }
}
