package org.inpaintstudio.ui.editor;

import java.util.ArrayList;
import java.util.List;
import org.inpaintstudio.image.MaskPlane;
import org.inpaintstudio.image.MaskRectangle;
import org.inpaintstudio.ui.common.BackgroundWork;
import org.inpaintstudio.ui.history.CompoundEdit;
import org.inpaintstudio.ui.history.EditCommand;
import org.inpaintstudio.ui.mask.EditableMask;
import org.inpaintstudio.ui.mask.MaskMorphology;

/**
 * Edits of the whole mask: clear (with the sampling area), invert, grow, shrink, import, restore. Invert, grow and shrink work on what
 * will be repaired (strokes and rectangles), so the rectangles are painted into the mask first. Each is one
 * undoable edit.
 */
public final class MaskActions {
    private final EditorViewModel model;
    private final BackgroundWork tasks;

    MaskActions(EditorViewModel model, BackgroundWork tasks) {
        this.model = model;
        this.tasks = tasks;
    }

    /** Removes the strokes, the rectangles and the sampling area. */
    public void clear() {
        EditableMask mask = model.mask();
        if (mask != null) {
            byte[] empty = new byte[mask.width() * mask.height()];
            apply(empty, List.of(), empty, "history.clear");
        }
    }

    public void invert() {
        if (model.mask() == null) {
            return;
        }
        byte[] union = model.maskUnion().data();
        for (int i = 0; i < union.length; i++) {
            union[i] = union[i] == MaskPlane.KEEP ? MaskPlane.REPAIR : MaskPlane.KEEP;
        }
        apply(union, List.of(), "history.invert");
    }

    /** Grows (positive) or shrinks (negative) the mask by that many pixels, in the background. */
    public void growBy(int pixels) {
        EditableMask mask = model.mask();
        if (mask == null || pixels == 0 || model.busyProperty().get()) {
            return;
        }
        MaskPlane union = model.maskUnion();
        int w = union.width();
        int h = union.height();
        String key = pixels > 0 ? "history.grow" : "history.shrink";
        model.busyProperty().set(true);
        tasks.create(() -> pixels > 0
                        ? MaskMorphology.grow(union.data(), w, h, pixels)
                        : MaskMorphology.shrink(union.data(), w, h, -pixels))
                .onSuccess(next -> {
                    if (model.mask() == mask) {
                        apply(next, List.of(), key);
                    }
                })
                .onFinally(() -> model.busyProperty().set(false))
                .run();
    }

    /** An imported mask replaces the strokes; the rectangles stay. */
    public void replaceStrokes(MaskPlane imported) {
        apply(imported.data(), model.rectangles().snapshot(), "history.import.mask");
    }

    /** Imported rectangles replace the rectangles; false (nothing changed) when there are more than the API allows. */
    public boolean replaceRectangles(List<MaskRectangle> imported) {
        if (imported.size() > RectangleList.MAX) {
            return false;
        }
        apply(null, imported, "history.import.rectangles");
        return true;
    }

    /** An autosave brought back: strokes and rectangles as they were. */
    public void restore(MaskPlane strokes, List<MaskRectangle> rectangles) {
        restore(strokes, rectangles, null, SamplingMode.EXCLUDE);
    }

    /**
     * An imported sampling area (white = may copy from) replaces the painted one, shown as "sample only from
     * here".
     */
    public void replaceSamplingArea(MaskPlane allowed) {
        SamplingArea area = model.samplingArea();
        if (area != null) {
            area.modeProperty().set(SamplingMode.ONLY_HERE);
            apply(null, model.rectangles().snapshot(), allowed.data(), "history.import.sample");
        }
    }

    /** An autosave brought back: strokes, rectangles and the sampling area (unless null) as they were. */
    public void restore(MaskPlane strokes, List<MaskRectangle> rectangles, MaskPlane sampled, SamplingMode mode) {
        if (sampled != null && model.samplingArea() != null) {
            model.samplingArea().modeProperty().set(mode);
        }
        apply(strokes.data(), rectangles, sampled == null ? null : sampled.data(), "history.restore");
    }

    private void apply(byte[] strokes, List<MaskRectangle> rectanglesAfter, String key) {
        apply(strokes, rectanglesAfter, null, key);
    }

    /** Sets the strokes (unless null), the rectangles and the sampling area (unless null), recorded as one edit. */
    private void apply(byte[] strokes, List<MaskRectangle> rectanglesAfter, byte[] sampled, String key) {
        List<EditCommand> parts = new ArrayList<>();
        SamplingArea area = model.samplingArea();
        if (sampled != null && area != null) {
            EditableMask painted = area.painted();
            painted.beginEdit();
            painted.replaceAll(sampled);
            EditCommand sampleEdit = painted.endEdit(key);
            if (sampleEdit != null) {
                parts.add(sampleEdit);
            }
        }
        if (strokes != null) {
            EditableMask mask = model.mask();
            mask.beginEdit();
            mask.replaceAll(strokes);
            EditCommand maskEdit = mask.endEdit(key);
            if (maskEdit != null) {
                parts.add(maskEdit);
            }
        }
        RectangleList rectangles = model.rectangles();
        RectanglesEdit rectangleEdit = new RectanglesEdit(rectangles, rectangles.snapshot(), rectanglesAfter, key);
        if (rectangleEdit.changesAnything()) {
            rectangleEdit.redo();
            rectangles.select(RectangleList.NONE);
            parts.add(rectangleEdit);
        }
        if (!parts.isEmpty()) {
            model.history().record(parts.size() == 1 ? parts.get(0) : new CompoundEdit(parts, key));
        }
    }
}
