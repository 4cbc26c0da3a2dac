package org.inpaintstudio.ui.compare;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;
import javafx.scene.image.Image;
import org.inpaintstudio.ui.editor.Viewport;

/**
 * Before and after side by side in one frame: the original left of a draggable divider, the result right of it,
 * zoomed and panned by the editor's own {@link Viewport} so both stay in step with the canvas. While
 * {@link #showOriginalProperty()} is set (the window holds it while C is down) the whole frame shows the original.
 */
public final class CompareView extends Control {
    private final Viewport viewport;
    private final ObjectProperty<Image> before = new SimpleObjectProperty<>(this, "before");
    private final ObjectProperty<Image> after = new SimpleObjectProperty<>(this, "after");
    private final DoubleProperty divider = new SimpleDoubleProperty(this, "divider", 0.5) {
        @Override
        public void set(double value) {
            super.set(Math.max(0, Math.min(1, value)));
        }
    };
    private final BooleanProperty showOriginal = new SimpleBooleanProperty(this, "showOriginal");

    public CompareView(Viewport viewport) {
        this.viewport = viewport;
        setId("compare-view");
        getStyleClass().add("compare-view");
        getStylesheets()
                .add(CompareView.class
                        .getResource("/org/inpaintstudio/ui/compare/compare.css")
                        .toExternalForm());
        setFocusTraversable(true);
    }

    public Viewport viewport() {
        return viewport;
    }

    public ObjectProperty<Image> beforeProperty() {
        return before;
    }

    public ObjectProperty<Image> afterProperty() {
        return after;
    }

    /** Where the divider is, as a share of the view's width from the left: 0 shows only the result. */
    public DoubleProperty dividerProperty() {
        return divider;
    }

    public BooleanProperty showOriginalProperty() {
        return showOriginal;
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new CompareViewSkin(this);
    }
}
