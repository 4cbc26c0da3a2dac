package org.inpaintstudio.ui.inpaint;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The fills of one mask, oldest first, at most {@link #MAX}: another fill adds one (the oldest goes beyond the
 * limit) and shows it; the arrow keys and thumbnails move between them.
 */
public final class FillVariants {
    public static final int MAX = 8;

    private final ObservableList<InpaintedImage> items = FXCollections.observableArrayList();
    private final ObservableList<InpaintedImage> readOnly = FXCollections.unmodifiableObservableList(items);
    private final ReadOnlyIntegerWrapper shown = new ReadOnlyIntegerWrapper(this, "shown", -1);
    private final BooleanBinding several = Bindings.size(items).greaterThan(1);

    /** The one shown, or null when there are none. */
    public InpaintedImage current() {
        int index = shown.get();
        return index < 0 ? null : items.get(index);
    }

    void clear() {
        shown.set(-1);
        items.clear();
    }

    void add(InpaintedImage variant) {
        if (items.size() == MAX) {
            items.remove(0);
        }
        items.add(variant);
        shown.set(items.size() - 1);
    }

    /** Puts back variants taken earlier, showing the one at {@code index}. */
    void setAll(List<InpaintedImage> earlier, int index) {
        items.setAll(earlier.subList(Math.max(0, earlier.size() - MAX), earlier.size()));
        shown.set(items.isEmpty() ? -1 : Math.max(0, Math.min(items.size() - 1, index)));
    }

    /** Shows the next (1) or previous (-1) variant, wrapping around; false when there is only one or none. */
    public boolean step(int direction) {
        if (items.size() < 2) {
            return false;
        }
        shown.set(Math.floorMod(shown.get() + direction, items.size()));
        return true;
    }

    public void show(int index) {
        if (index >= 0 && index < items.size()) {
            shown.set(index);
        }
    }

    public ObservableList<InpaintedImage> items() {
        return readOnly;
    }

    /** Index of the variant shown, -1 when none. */
    public ReadOnlyIntegerProperty shownProperty() {
        return shown.getReadOnlyProperty();
    }

    public BooleanBinding several() {
        return several;
    }
}
