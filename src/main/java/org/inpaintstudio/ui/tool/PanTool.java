package org.inpaintstudio.ui.tool;

import javafx.scene.Cursor;
import javafx.scene.Node;
import org.inpaintstudio.ui.editor.EditorViewModel;
import org.inpaintstudio.ui.editor.ToolKind;

/** Moves the view by dragging; also what space-drag and the middle button do with any tool. */
public final class PanTool implements CanvasTool {
    private final EditorViewModel model;
    private double lastViewX;
    private double lastViewY;
    private boolean dragging;

    public PanTool(EditorViewModel model) {
        this.model = model;
    }

    @Override
    public ToolKind kind() {
        return ToolKind.PAN;
    }

    @Override
    public Cursor cursor() {
        return dragging ? Cursor.CLOSED_HAND : Cursor.OPEN_HAND;
    }

    @Override
    public Node options() {
        return null;
    }

    @Override
    public void pressed(CanvasPointer pointer) {
        dragging = true;
        lastViewX = pointer.viewX();
        lastViewY = pointer.viewY();
    }

    @Override
    public void dragged(CanvasPointer pointer) {
        if (dragging) {
            model.viewport().panBy(pointer.viewX() - lastViewX, pointer.viewY() - lastViewY);
            lastViewX = pointer.viewX();
            lastViewY = pointer.viewY();
        }
    }

    @Override
    public void released(CanvasPointer pointer) {
        dragged(pointer);
        dragging = false;
    }

    @Override
    public void deactivate() {
        dragging = false;
    }
}
