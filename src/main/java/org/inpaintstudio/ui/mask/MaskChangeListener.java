package org.inpaintstudio.ui.mask;

/** Told which part of an {@link EditableMask} changed, so only that part is repainted. */
@FunctionalInterface
public interface MaskChangeListener {
    void maskChanged(MaskRegion region);
}
