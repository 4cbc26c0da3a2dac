package org.inpaintstudio.ui.tool;

import org.inpaintstudio.ui.editor.EditorViewModel;
import org.inpaintstudio.ui.editor.ToolKind;

/** Paints what should be repaired. */
public final class BrushTool extends StrokeTool {
    public BrushTool(EditorViewModel model) {
        super(model);
    }

    @Override
    public ToolKind kind() {
        return ToolKind.BRUSH;
    }

    @Override
    boolean paintsRepair(CanvasPointer start) {
        return true;
    }

    @Override
    String historyKey() {
        return "history.brush";
    }
}
