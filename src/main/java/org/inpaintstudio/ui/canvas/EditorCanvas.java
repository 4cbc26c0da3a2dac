package org.inpaintstudio.ui.canvas;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.css.CssMetaData;
import javafx.css.SimpleStyleableObjectProperty;
import javafx.css.StyleConverter;
import javafx.css.Styleable;
import javafx.css.StyleableProperty;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;
import javafx.scene.paint.Color;
import org.inpaintstudio.ui.editor.EditorViewModel;
import org.inpaintstudio.ui.tool.ToolBox;

/**
 * The editing surface: the image, the mask as a tinted layer, the rectangles with their handles and the brush
 * outline, zoomed and panned as the view model's viewport says. The tint comes from CSS
 * ({@code -inpaint-mask-color}, set by the themes from {@code -mask-overlay-color}).
 */
public final class EditorCanvas extends Control {
    private static final Color DEFAULT_TINT = Color.rgb(255, 40, 80);

    private static final CssMetaData<EditorCanvas, Color> MASK_COLOR =
            new CssMetaData<>("-inpaint-mask-color", StyleConverter.getColorConverter(), DEFAULT_TINT) {
                @Override
                public boolean isSettable(EditorCanvas canvas) {
                    return !canvas.maskColor.isBound();
                }

                @Override
                public StyleableProperty<Color> getStyleableProperty(EditorCanvas canvas) {
                    return canvas.maskColor;
                }
            };

    private static final List<CssMetaData<? extends Styleable, ?>> CSS_META_DATA;

    static {
        List<CssMetaData<? extends Styleable, ?>> all = new ArrayList<>(Control.getClassCssMetaData());
        all.add(MASK_COLOR);
        CSS_META_DATA = Collections.unmodifiableList(all);
    }

    private final SimpleStyleableObjectProperty<Color> maskColor =
            new SimpleStyleableObjectProperty<>(MASK_COLOR, this, "maskColor", DEFAULT_TINT);
    private final EditorViewModel model;
    private final ToolBox tools;

    public EditorCanvas(EditorViewModel model, ToolBox tools) {
        this.model = model;
        this.tools = tools;
        setId("editor-canvas");
        getStyleClass().add("editor-canvas");
        setFocusTraversable(true);
    }

    public EditorViewModel model() {
        return model;
    }

    public ToolBox tools() {
        return tools;
    }

    public ObjectProperty<Color> maskColorProperty() {
        return maskColor;
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new EditorCanvasSkin(this);
    }

    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return CSS_META_DATA;
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getControlCssMetaData() {
        return getClassCssMetaData();
    }
}
