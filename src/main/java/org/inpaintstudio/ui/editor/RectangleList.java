package org.inpaintstudio.ui.editor;

import java.util.List;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.inpaintstudio.image.MaskRectangle;

/** The rectangles of the document, at most {@link #MAX} as the API allows, and which one is selected. */
public final class RectangleList {
    /** The API accepts at most 50 rectangles in one request. */
    public static final int MAX = 50;

    public static final int NONE = -1;

    private final ObservableList<MaskRectangle> items = FXCollections.observableArrayList();
    private final IntegerProperty selected = new SimpleIntegerProperty(this, "selected", NONE);

    public ObservableList<MaskRectangle> items() {
        return items;
    }

    public IntegerProperty selectedProperty() {
        return selected;
    }

    public int selected() {
        return selected.get();
    }

    public MaskRectangle selectedRectangle() {
        int i = selected();
        return i >= 0 && i < items.size() ? items.get(i) : null;
    }

    public void select(int index) {
        selected.set(index >= 0 && index < items.size() ? index : NONE);
    }

    public boolean isFull() {
        return items.size() >= MAX;
    }

    public List<MaskRectangle> snapshot() {
        return List.copyOf(items);
    }

    /** Replaces the rectangles; the selection stays on the same index when it still exists. */
    public void setAll(List<MaskRectangle> rectangles) {
        int keep = selected();
        items.setAll(rectangles);
        select(keep);
    }

    /** The topmost rectangle containing the image point, or NONE. */
    public int indexAt(double x, double y) {
        for (int i = items.size() - 1; i >= 0; i--) {
            MaskRectangle r = items.get(i);
            if (x >= r.x() && x < r.x() + r.width() && y >= r.y() && y < r.y() + r.height()) {
                return i;
            }
        }
        return NONE;
    }
}
