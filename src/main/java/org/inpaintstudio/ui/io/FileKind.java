package org.inpaintstudio.ui.io;

import java.util.List;

/** The kinds of file the editor asks the user for, with the extensions the file dialog offers. */
public enum FileKind {
    IMAGE("dialog.file.images", List.of("*.png", "*.jpg", "*.jpeg", "*.bmp", "*.webp", "*.tif", "*.tiff")),
    MASK_PNG("dialog.file.mask", List.of("*.png")),
    RECTANGLES_JSON("dialog.file.rectangles", List.of("*.json"));

    private final String descriptionKey;
    private final List<String> patterns;

    FileKind(String descriptionKey, List<String> patterns) {
        this.descriptionKey = descriptionKey;
        this.patterns = patterns;
    }

    public String descriptionKey() {
        return descriptionKey;
    }

    public List<String> patterns() {
        return patterns;
    }
}
