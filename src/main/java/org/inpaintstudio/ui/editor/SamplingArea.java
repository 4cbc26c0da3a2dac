package org.inpaintstudio.ui.editor;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.inpaintstudio.image.MaskPlane;
import org.inpaintstudio.ui.mask.EditableMask;

/**
 * The sampling area layer of one image: the painted pixels (edited like the mask, on the same history) and what
 * they mean. The engine is given the pixels it may copy from, whichever the mode.
 */
public final class SamplingArea {
    private final EditableMask painted;
    private final ObjectProperty<SamplingMode> mode = new SimpleObjectProperty<>(this, "mode", SamplingMode.EXCLUDE);

    public SamplingArea(int width, int height) {
        this.painted = new EditableMask(new MaskPlane(width, height));
    }

    public EditableMask painted() {
        return painted;
    }

    public ObjectProperty<SamplingMode> modeProperty() {
        return mode;
    }

    public boolean isEmpty() {
        return painted.repairCount() == 0;
    }

    /** Where the fill may copy from (white), or null when nothing is painted: anywhere. */
    public MaskPlane allowed() {
        if (isEmpty()) {
            return null;
        }
        MaskPlane allowed = painted.plane().copy();
        if (mode.get() == SamplingMode.EXCLUDE) {
            byte[] data = allowed.data();
            for (int i = 0; i < data.length; i++) {
                data[i] = data[i] == MaskPlane.KEEP ? MaskPlane.REPAIR : MaskPlane.KEEP;
            }
        }
        return allowed;
    }
}
