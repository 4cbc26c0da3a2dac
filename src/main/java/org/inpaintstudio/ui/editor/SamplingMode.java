package org.inpaintstudio.ui.editor;

/** What the painted sampling area means for the fill. */
public enum SamplingMode {
    /** The fill may copy from anywhere but the painted pixels (a face, a logo, a second person). */
    EXCLUDE("editor.sample.mode.exclude", "editor.sample.mode.exclude.tooltip"),
    /** The fill may copy from the painted pixels only. */
    ONLY_HERE("editor.sample.mode.only", "editor.sample.mode.only.tooltip");

    private final String nameKey;
    private final String tooltipKey;

    SamplingMode(String nameKey, String tooltipKey) {
        this.nameKey = nameKey;
        this.tooltipKey = tooltipKey;
    }

    public String tooltipKey() {
        return tooltipKey;
    }

    public String nameKey() {
        return nameKey;
    }
}
