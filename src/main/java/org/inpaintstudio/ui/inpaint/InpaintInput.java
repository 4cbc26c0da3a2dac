package org.inpaintstudio.ui.inpaint;

import java.util.List;
import org.inpaintstudio.image.MaskPlane;
import org.inpaintstudio.image.MaskRectangle;
import org.inpaintstudio.ui.editor.EditorDocument;
import org.inpaintstudio.ui.editor.MaskUnion;

/**
 * What one Inpaint sends, taken from the editor at the moment of the click: the image, a copy of the brush strokes
 * and the rectangles, where the fill may copy from and the seed. Later edits (or none, while the task runs) never
 * change it.
 *
 * @param samplingArea where the fill may copy from (white), or null for anywhere
 * @param seed the offline engine's seed, or null for the backend's own
 */
public record InpaintInput(
        EditorDocument document, MaskPlane strokes, List<MaskRectangle> rectangles, MaskPlane samplingArea, Long seed) {
    public InpaintInput {
        rectangles = List.copyOf(rectangles);
    }

    /** Copy from anywhere, with the backend's seed. */
    public InpaintInput(EditorDocument document, MaskPlane strokes, List<MaskRectangle> rectangles) {
        this(document, strokes, rectangles, null, null);
    }

    public InpaintInput withSeed(long newSeed) {
        return new InpaintInput(document, strokes, rectangles, samplingArea, newSeed);
    }

    /** Only rectangles are drawn: they travel as the API's rectangles JSON instead of a mask image. */
    public boolean rectanglesOnly() {
        return strokes.isEmpty() && !rectangles.isEmpty();
    }

    /** The strokes and rectangles together: what will be repaired. */
    public MaskPlane union() {
        return MaskUnion.of(strokes, rectangles);
    }
}
