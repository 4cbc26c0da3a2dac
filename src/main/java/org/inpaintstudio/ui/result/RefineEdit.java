package org.inpaintstudio.ui.result;

import java.util.List;
import java.util.function.Consumer;
import org.inpaintstudio.image.MaskPlane;
import org.inpaintstudio.image.MaskRectangle;
import org.inpaintstudio.ui.editor.EditorDocument;
import org.inpaintstudio.ui.editor.EditorViewModel;
import org.inpaintstudio.ui.history.EditCommand;
import org.inpaintstudio.ui.inpaint.ShownFills;
import org.inpaintstudio.ui.mask.EditableMask;

/**
 * Refine: the result shown becomes the image to paint on, with an empty mask, so that the part that is wrong can
 * be painted and filled again on top of it. Undo brings back the image and mask before, and the result with its
 * variants, as they were on screen.
 */
public final class RefineEdit implements EditCommand {
    private final EditorViewModel model;
    private final ShownFills shown;
    private final Consumer<ShownFills> showAgain;
    private final Runnable hide;
    private final EditorDocument before;
    private final EditableMask maskBefore;
    private final List<MaskRectangle> rectanglesBefore;
    private final EditorDocument after;
    private final EditableMask maskAfter;

    private RefineEdit(EditorViewModel model, ShownFills shown, Consumer<ShownFills> showAgain, Runnable hide) {
        this.model = model;
        this.shown = shown;
        this.showAgain = showAgain;
        this.hide = hide;
        this.before = model.document();
        this.maskBefore = model.mask();
        this.rectanglesBefore = model.rectangles().snapshot();
        var result = shown.variants().get(shown.index());
        this.after = new EditorDocument(
                before.name(), before.path(), result.image(), result.fxImage(), before.autosaveKey());
        this.maskAfter = new EditableMask(new MaskPlane(before.width(), before.height()));
    }

    /**
     * Starts a refine of the result shown, when it was made from the image on screen; null (nothing done)
     * otherwise.
     *
     * @param showAgain shows the result and its variants again (on undo)
     * @param hide hides the result (on redo)
     */
    public static RefineEdit start(
            EditorViewModel model, ShownFills shown, Consumer<ShownFills> showAgain, Runnable hide) {
        if (shown == null
                || model.document() != shown.variants().get(shown.index()).source()) {
            return null;
        }
        RefineEdit edit = new RefineEdit(model, shown, showAgain, hide);
        model.history().perform(edit);
        return edit;
    }

    /** The image painted on while refining: the result that was shown. */
    public EditorDocument refinedDocument() {
        return after;
    }

    @Override
    public void undo() {
        model.replaceImage(before, maskBefore);
        model.rectangles().setAll(rectanglesBefore);
        showAgain.accept(shown);
    }

    @Override
    public void redo() {
        hide.run();
        model.rectangles().setAll(List.of());
        model.replaceImage(after, maskAfter);
    }

    @Override
    public String descriptionKey() {
        return "history.refine";
    }

    /** The previous image (pixels and screen copy), both masks, and the variants kept for undo. */
    @Override
    public long byteSize() {
        long pixels = (long) before.width() * before.height();
        return pixels * 10 + pixels * 8L * shown.variants().size();
    }
}
