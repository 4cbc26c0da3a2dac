package org.inpaintstudio.ui.editor;

import java.util.List;
import org.inpaintstudio.image.MaskRectangle;
import org.inpaintstudio.ui.history.EditCommand;

/** Any change to the rectangles (add, move, resize, delete, import), kept as the list before and after. */
public final class RectanglesEdit implements EditCommand {
    private final RectangleList rectangles;
    private final List<MaskRectangle> before;
    private final List<MaskRectangle> after;
    private final String descriptionKey;

    public RectanglesEdit(
            RectangleList rectangles, List<MaskRectangle> before, List<MaskRectangle> after, String descriptionKey) {
        this.rectangles = rectangles;
        this.before = List.copyOf(before);
        this.after = List.copyOf(after);
        this.descriptionKey = descriptionKey;
    }

    public boolean changesAnything() {
        return !before.equals(after);
    }

    @Override
    public void undo() {
        rectangles.setAll(before);
    }

    @Override
    public void redo() {
        rectangles.setAll(after);
    }

    @Override
    public String descriptionKey() {
        return descriptionKey;
    }

    @Override
    public long byteSize() {
        return 64 + 32L * (before.size() + after.size());
    }
}
