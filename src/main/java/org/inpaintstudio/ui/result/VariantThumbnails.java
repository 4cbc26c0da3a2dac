package org.inpaintstudio.ui.result;

import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import org.inpaintstudio.image.MaskPlane;
import org.inpaintstudio.image.MaskRectangle;
import org.inpaintstudio.ui.common.Messages;
import org.inpaintstudio.ui.inpaint.FillVariants;
import org.inpaintstudio.ui.inpaint.InpaintedImage;

/**
 * One thumbnail a fill of this mask, under the result bar while there are several: each shows the filled area
 * with some of its surroundings (a whole-photo thumbnail would hide the fill), the one shown is outlined, and a
 * click shows another.
 */
public final class VariantThumbnails {
    static final double WIDTH = 96;
    static final double HEIGHT = 72;
    private static final PseudoClass SHOWN = PseudoClass.getPseudoClass("shown");

    private VariantThumbnails() {}

    public static HBox create(FillVariants variants) {
        HBox strip = new HBox(6);
        strip.setId("result-thumbnails");
        strip.getStyleClass().add("result-thumbnails");
        strip.setAlignment(Pos.CENTER);
        strip.setMaxSize(HBox.USE_PREF_SIZE, HBox.USE_PREF_SIZE);
        strip.visibleProperty().bind(variants.several());
        strip.managedProperty().bind(variants.several());
        Runnable rebuild = () -> rebuild(strip, variants);
        variants.items().addListener((ListChangeListener<InpaintedImage>) change -> rebuild.run());
        variants.shownProperty().addListener((obs, old, index) -> markShown(strip, index.intValue()));
        rebuild.run();
        return strip;
    }

    private static void rebuild(HBox strip, FillVariants variants) {
        List<InpaintedImage> items = variants.items();
        strip.getChildren().clear();
        for (int i = 0; i < items.size(); i++) {
            strip.getChildren().add(thumbnail(items.get(i), i, variants));
        }
        markShown(strip, variants.shownProperty().get());
    }

    private static StackPane thumbnail(InpaintedImage variant, int index, FillVariants variants) {
        ImageView view = new ImageView(variant.fxImage());
        view.setViewport(around(
                variant.mask(), variant.image().getWidth(), variant.image().getHeight()));
        view.setFitWidth(WIDTH);
        view.setFitHeight(HEIGHT);
        view.setPreserveRatio(true);
        view.setSmooth(true);
        StackPane cell = new StackPane(view);
        cell.getStyleClass().add("variant-thumbnail");
        cell.setMinSize(WIDTH + 4, HEIGHT + 4);
        cell.setOnMouseClicked(e -> variants.show(index));
        String seed = variant.seed() == null ? "" : String.valueOf(variant.seed());
        Tooltip.install(
                cell,
                new Tooltip(
                        seed.isEmpty()
                                ? Messages.format(
                                        "result.variant",
                                        index + 1,
                                        variants.items().size())
                                : Messages.format(
                                        "result.variant.seed",
                                        index + 1,
                                        variants.items().size(),
                                        seed)));
        return cell;
    }

    private static void markShown(HBox strip, int shown) {
        for (int i = 0; i < strip.getChildren().size(); i++) {
            strip.getChildren().get(i).pseudoClassStateChanged(SHOWN, i == shown);
        }
    }

    /**
     * The filled area and a margin of half its size on each side (at least 24 pixels), inside the photo, widened to
     * the thumbnail's shape so that it fills the cell.
     */
    static Rectangle2D around(MaskPlane mask, int imageWidth, int imageHeight) {
        MaskRectangle box = mask.repairBounds();
        if (box == null) {
            return new Rectangle2D(0, 0, imageWidth, imageHeight);
        }
        double margin = Math.max(24, Math.max(box.width(), box.height()) / 2.0);
        double width = box.width() + 2 * margin;
        double height = box.height() + 2 * margin;
        if (width / height < WIDTH / HEIGHT) {
            width = height * WIDTH / HEIGHT;
        } else {
            height = width * HEIGHT / WIDTH;
        }
        width = Math.min(width, imageWidth);
        height = Math.min(height, imageHeight);
        double centreX = box.x() + box.width() / 2.0;
        double centreY = box.y() + box.height() / 2.0;
        double x = Math.max(0, Math.min(imageWidth - width, centreX - width / 2));
        double y = Math.max(0, Math.min(imageHeight - height, centreY - height / 2));
        return new Rectangle2D(x, y, width, height);
    }
}
