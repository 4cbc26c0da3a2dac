package org.inpaintstudio.ui.history;

/** One edit on the history. It has already been applied when recorded; undo and redo switch between its states. */
public interface EditCommand {
    void undo();

    void redo();

    /** Message key naming the edit, e.g. for "Undo brush stroke". */
    String descriptionKey();

    /** Roughly what the command holds on the heap. */
    long byteSize();
}
