package org.inpaintstudio.ui.editor;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import javafx.scene.image.Image;

/**
 * An opened image: its name for the title, where it came from (null when pasted), the decoded pixels for the
 * inpaint request, the same pixels for the screen, and the key its autosave is filed under.
 */
public record EditorDocument(String name, Path path, BufferedImage source, Image image, String autosaveKey) {
    public int width() {
        return source.getWidth();
    }

    public int height() {
        return source.getHeight();
    }
}
