package org.inpaintstudio.ui.tool;

import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.input.KeyEvent;
import org.inpaintstudio.ui.editor.ToolKind;

/**
 * One tool of the canvas. The canvas turns mouse and key events into these calls; a new tool is a new class,
 * never a change to the canvas.
 */
public interface CanvasTool {
    ToolKind kind();

    /** The pointer to show over the image; may change as the pointer moves (e.g. over a handle). */
    Cursor cursor();

    /** Controls for the tool's options (brush size...), shown in the tool bar; null when it has none. */
    Node options();

    /** Shapes drawn over the image while the tool works (in image coordinates), or null. */
    default Node preview() {
        return null;
    }

    default void pressed(CanvasPointer pointer) {}

    default void dragged(CanvasPointer pointer) {}

    default void released(CanvasPointer pointer) {}

    default void moved(CanvasPointer pointer) {}

    /** A key pressed while the canvas has focus; true when the tool used it. */
    default boolean keyPressed(KeyEvent event) {
        return false;
    }

    /** Another tool was chosen or the document changed: finish or drop what is in progress. */
    default void deactivate() {}
}
