package org.inpaintstudio.ui.canvas;

import javafx.geometry.Orientation;
import javafx.scene.control.ScrollBar;
import org.inpaintstudio.ui.editor.EditorViewModel;
import org.inpaintstudio.ui.editor.Viewport;

/** Keeps the two scrollbars and the viewport in step, both ways. */
final class ScrollSync {
    private final EditorViewModel model;
    private final ScrollBar horizontal = new ScrollBar();
    private final ScrollBar vertical = new ScrollBar();
    private boolean updating;

    ScrollSync(EditorViewModel model) {
        this.model = model;
        horizontal.setId("canvas-hscroll");
        vertical.setId("canvas-vscroll");
        vertical.setOrientation(Orientation.VERTICAL);
        horizontal.setFocusTraversable(false);
        vertical.setFocusTraversable(false);
        Viewport v = model.viewport();
        v.scaleProperty().addListener(obs -> refresh());
        v.offsetXProperty().addListener(obs -> refresh());
        v.offsetYProperty().addListener(obs -> refresh());
        model.documentProperty().addListener(obs -> refresh());
        horizontal.valueProperty().addListener(obs -> scrolled());
        vertical.valueProperty().addListener(obs -> scrolled());
        refresh();
    }

    ScrollBar horizontal() {
        return horizontal;
    }

    ScrollBar vertical() {
        return vertical;
    }

    /** Scroll value = how far the image's left/top edge is left of/above where it may go at most. */
    void refresh() {
        updating = true;
        Viewport v = model.viewport();
        boolean open = model.document() != null;
        configure(horizontal, open ? model.document().width() * v.scale() : 0, v.viewWidth(), v.offsetX());
        configure(vertical, open ? model.document().height() * v.scale() : 0, v.viewHeight(), v.offsetY());
        updating = false;
    }

    private static void configure(ScrollBar bar, double content, double view, double offset) {
        double range = content + 2 * Viewport.MARGIN - view;
        boolean needed = content > view && view > 0;
        bar.setVisible(needed);
        bar.setManaged(needed);
        if (needed) {
            bar.setMin(0);
            bar.setMax(range);
            bar.setVisibleAmount(range * view / (content + 2 * Viewport.MARGIN));
            bar.setUnitIncrement(view / 20);
            bar.setBlockIncrement(view * 0.9);
            bar.setValue(Viewport.MARGIN - offset);
        }
    }

    private void scrolled() {
        if (!updating) {
            Viewport v = model.viewport();
            double x = horizontal.isVisible() ? Viewport.MARGIN - horizontal.getValue() : v.offsetX();
            double y = vertical.isVisible() ? Viewport.MARGIN - vertical.getValue() : v.offsetY();
            v.scrollTo(x, y);
        }
    }
}
