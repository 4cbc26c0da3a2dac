package org.inpaintstudio.ui.mask;

import org.inpaintstudio.image.PixelBox;

/** Told which part of an {@link EditableMask} changed, so only that part is repainted. */
@FunctionalInterface
public interface MaskChangeListener {
    void maskChanged(PixelBox region);
}
