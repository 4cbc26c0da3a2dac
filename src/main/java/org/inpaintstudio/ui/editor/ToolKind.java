package org.inpaintstudio.ui.editor;

import java.util.Locale;
import javafx.scene.input.KeyCode;

/** The canvas tools, with their shortcut key and the message key of their name. */
public enum ToolKind {
    BRUSH(KeyCode.B, "editor.tool.brush"),
    ERASER(KeyCode.E, "editor.tool.eraser"),
    RECTANGLE(KeyCode.R, "editor.tool.rectangle"),
    LASSO(KeyCode.L, "editor.tool.lasso"),
    POLYGON(KeyCode.P, "editor.tool.polygon"),
    MAGIC_WAND(KeyCode.W, "editor.tool.wand"),
    SELECT_OBJECT(KeyCode.O, "editor.tool.object"),
    SAMPLE_AREA(KeyCode.S, "editor.tool.sample"),
    PAN(KeyCode.H, "editor.tool.pan");

    private final KeyCode shortcut;
    private final String nameKey;

    ToolKind(KeyCode shortcut, String nameKey) {
        this.shortcut = shortcut;
        this.nameKey = nameKey;
    }

    public KeyCode shortcut() {
        return shortcut;
    }

    /** Tools that paint with the round brush (and show its outline). */
    public boolean paintsWithBrush() {
        return this == BRUSH || this == ERASER || this == SAMPLE_AREA;
    }

    public String nameKey() {
        return nameKey;
    }

    /** Node id of the tool's toolbar button, for tests and CSS. */
    public String buttonId() {
        return "tool-" + name().toLowerCase(Locale.ROOT);
    }
}
