package org.inpaintstudio.ui.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HistoryTest {
    /** Appends to a shared list so tests can see the state the edits produce. */
    private record Append(List<String> state, String value, long size) implements EditCommand {
        @Override
        public void undo() {
            state.remove(state.size() - 1);
        }

        @Override
        public void redo() {
            state.add(value);
        }

        @Override
        public String descriptionKey() {
            return "history.brush";
        }

        @Override
        public long byteSize() {
            return size;
        }
    }

    private final List<String> state = new ArrayList<>();

    @Test
    void undoAndRedoWalkThroughTheStates() {
        History history = new History(1_000);
        history.perform(new Append(state, "a", 1));
        history.perform(new Append(state, "b", 1));
        history.undo();
        assertEquals(List.of("a"), state);
        assertTrue(history.canRedoProperty().get());
        history.redo();
        assertEquals(List.of("a", "b"), state);
        history.undo();
        history.perform(new Append(state, "c", 1));
        assertFalse(history.canRedoProperty().get(), "a new edit drops what could be redone");
        assertEquals(List.of("a", "c"), state);
    }

    @Test
    void modifiedFollowsTheSavedState() {
        History history = new History(1_000);
        assertFalse(history.modifiedProperty().get());
        history.perform(new Append(state, "a", 1));
        assertTrue(history.modifiedProperty().get());
        history.markSaved();
        assertFalse(history.modifiedProperty().get());
        history.undo();
        assertTrue(history.modifiedProperty().get(), "undoing past the save is a change");
        history.redo();
        assertFalse(history.modifiedProperty().get(), "back at the saved state");
    }

    @Test
    void theOldestEditsGoWhenTheBudgetIsExceeded() {
        History history = new History(10);
        for (int i = 0; i < 5; i++) {
            history.perform(new Append(state, "e" + i, 4));
        }
        assertEquals(2, history.undoSize());
        assertEquals(8, history.byteSize());
        history.undo();
        history.undo();
        history.undo(); // nothing left to undo: harmless
        assertEquals(List.of("e0", "e1", "e2"), state);
        assertTrue(history.modifiedProperty().get(), "the trimmed state is not the original one");
    }

    @Test
    void everyChangeBumpsTheRevision() {
        History history = new History(100);
        long start = history.revisionProperty().get();
        history.perform(new Append(state, "a", 1));
        history.undo();
        history.redo();
        assertEquals(start + 3, history.revisionProperty().get());
    }
}
