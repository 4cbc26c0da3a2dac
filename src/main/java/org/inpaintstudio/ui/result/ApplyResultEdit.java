package org.inpaintstudio.ui.result;

import java.util.List;
import org.inpaintstudio.image.MaskPlane;
import org.inpaintstudio.image.MaskRectangle;
import org.inpaintstudio.ui.editor.EditorDocument;
import org.inpaintstudio.ui.editor.EditorViewModel;
import org.inpaintstudio.ui.history.EditCommand;
import org.inpaintstudio.ui.inpaint.InpaintedImage;
import org.inpaintstudio.ui.mask.EditableMask;

/**
 * Apply: the result becomes the image to paint on, with an empty mask and no rectangles, so the next object can be
 * removed; undo brings back the previous image with its mask and rectangles exactly as they were.
 */
public final class ApplyResultEdit implements EditCommand {
    private final EditorViewModel model;
    private final EditorDocument before;
    private final EditableMask maskBefore;
    private final List<MaskRectangle> rectanglesBefore;
    private final EditorDocument after;
    private final EditableMask maskAfter;

    private ApplyResultEdit(EditorViewModel model, InpaintedImage result) {
        this.model = model;
        this.before = model.document();
        this.maskBefore = model.mask();
        this.rectanglesBefore = model.rectangles().snapshot();
        this.after = new EditorDocument(
                before.name(), before.path(), result.image(), result.fxImage(), before.autosaveKey());
        this.maskAfter = new EditableMask(new MaskPlane(before.width(), before.height()));
    }

    /** Applies the result when it was made from the image on screen; false (nothing done) otherwise. */
    public static boolean apply(EditorViewModel model, InpaintedImage result) {
        if (result == null || model.document() != result.source()) {
            return false;
        }
        model.history().perform(new ApplyResultEdit(model, result));
        return true;
    }

    @Override
    public void undo() {
        model.replaceImage(before, maskBefore);
        model.rectangles().setAll(rectanglesBefore);
    }

    @Override
    public void redo() {
        model.rectangles().setAll(List.of());
        model.replaceImage(after, maskAfter);
    }

    @Override
    public String descriptionKey() {
        return "history.apply";
    }

    /** The previous image (pixels and screen copy) and both masks are held. */
    @Override
    public long byteSize() {
        long pixels = (long) before.width() * before.height();
        return pixels * 8 + pixels * 2;
    }
}
