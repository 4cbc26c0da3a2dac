package org.inpaintstudio.ui.inpaint;

import java.util.List;

/** The fills on screen, the one shown and what they were made from, to be brought back (undo of a refine). */
public record ShownFills(List<InpaintedImage> variants, int index, InpaintInput input) {
    public ShownFills {
        variants = List.copyOf(variants);
    }
}
