package org.inpaintstudio.ui.canvas;

import javafx.scene.Node;
import javafx.scene.transform.Scale;
import javafx.scene.transform.Translate;
import org.inpaintstudio.ui.editor.Viewport;

/** Places image-space content as the viewport says: every view of the image (canvas, compare) moves in step. */
public final class ViewportTransform {
    private ViewportTransform() {}

    /** Gives {@code imageSpace} the viewport's translate-and-scale, kept up to date. */
    public static void bind(Node imageSpace, Viewport viewport) {
        Translate translate = new Translate();
        translate.xProperty().bind(viewport.offsetXProperty());
        translate.yProperty().bind(viewport.offsetYProperty());
        Scale scale = new Scale();
        scale.xProperty().bind(viewport.scaleProperty());
        scale.yProperty().bind(viewport.scaleProperty());
        imageSpace.getTransforms().setAll(translate, scale);
    }
}
