package org.inpaintstudio.ui.tool;

import org.inpaintstudio.ui.editor.EditorViewModel;
import org.inpaintstudio.ui.editor.ToolKind;

/** Takes painted areas out of the mask again. */
public final class EraserTool extends StrokeTool {
    public EraserTool(EditorViewModel model) {
        super(model);
    }

    @Override
    public ToolKind kind() {
        return ToolKind.ERASER;
    }

    @Override
    boolean paintsRepair(CanvasPointer start) {
        return false;
    }

    @Override
    String historyKey() {
        return "history.eraser";
    }
}
