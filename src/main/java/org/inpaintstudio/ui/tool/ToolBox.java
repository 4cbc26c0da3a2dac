package org.inpaintstudio.ui.tool;

import java.util.EnumMap;
import java.util.Map;
import org.inpaintstudio.ui.editor.EditorViewModel;
import org.inpaintstudio.ui.editor.ToolKind;

/** One instance of every tool, and the one the view model has chosen. */
public final class ToolBox {
    private final Map<ToolKind, CanvasTool> tools = new EnumMap<>(ToolKind.class);
    private final EditorViewModel model;

    public ToolBox(EditorViewModel model) {
        this.model = model;
        register(new BrushTool(model));
        register(new EraserTool(model));
        register(new RectangleTool(model));
        register(new LassoTool(model));
        register(new PolygonTool(model));
        register(new MagicWandTool(model));
        register(new SelectObjectTool(model));
        register(new SamplingBrushTool(model));
        register(new PanTool(model));
        model.toolProperty().addListener((obs, old, now) -> tools.get(old).deactivate());
        model.documentProperty().addListener((obs, old, now) -> tools.values().forEach(CanvasTool::deactivate));
    }

    private void register(CanvasTool tool) {
        tools.put(tool.kind(), tool);
    }

    public CanvasTool active() {
        return tools.get(model.toolProperty().get());
    }

    public CanvasTool get(ToolKind kind) {
        return tools.get(kind);
    }

    public Iterable<CanvasTool> all() {
        return tools.values();
    }
}
