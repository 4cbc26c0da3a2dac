package org.inpaintstudio.selection;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;
import org.inpaintstudio.image.MaskCodec;
import org.inpaintstudio.image.MaskPlane;
import org.inpaintstudio.image.MaskRectangle;

/**
 * Test scenes made from the real photos in src/test/resources: the pixels of one photo under an object mask (a
 * smooth blob) pasted onto another photo. The pasted shape is the ground truth a selection is scored against.
 */
final class Composites {
    /** A composite: the image, the exact shape pasted, and the shape's bounding box. */
    record Scene(RgbImage image, MaskPlane truth, MaskRectangle bounds) {
        /** The bounding box with a margin, as a person drags it around an object. */
        MaskRectangle dragged(int margin) {
            int x0 = Math.max(0, bounds.x() - margin);
            int y0 = Math.max(0, bounds.y() - margin);
            int x1 = Math.min(image.width(), bounds.x() + bounds.width() + margin);
            int y1 = Math.min(image.height(), bounds.y() + bounds.height() + margin);
            return new MaskRectangle(x0, y0, x1 - x0, y1 - y0);
        }
    }

    private Composites() {}

    static RgbImage photo(String name) {
        return RgbImage.of(read("/photos/" + name + ".png"));
    }

    /** The pixels of {@code objectPhoto} under its object mask, pasted at the same place on {@code backgroundPhoto}. */
    static Scene paste(String objectPhoto, String backgroundPhoto) {
        RgbImage object = photo(objectPhoto);
        RgbImage background = photo(backgroundPhoto);
        MaskPlane shape = MaskCodec.fromImage(read("/photos/masks/" + objectPhoto + "_object.png"));
        int w = Math.min(object.width(), background.width());
        int h = Math.min(object.height(), background.height());
        int[] pixels = new int[w * h];
        MaskPlane truth = new MaskPlane(w, h);
        int minX = w;
        int minY = h;
        int maxX = -1;
        int maxY = -1;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                boolean inside = shape.isRepair(x, y);
                pixels[y * w + x] = inside ? object.rgb(x, y) : background.rgb(x, y);
                if (inside) {
                    truth.set(x, y, true);
                    minX = Math.min(minX, x);
                    minY = Math.min(minY, y);
                    maxX = Math.max(maxX, x);
                    maxY = Math.max(maxY, y);
                }
            }
        }
        return new Scene(
                new RgbImage(w, h, pixels), truth, new MaskRectangle(minX, minY, maxX - minX + 1, maxY - minY + 1));
    }

    /** Intersection over union of the marked pixels. */
    static double iou(MaskPlane a, MaskPlane b) {
        long both = 0;
        long either = 0;
        byte[] da = a.data();
        byte[] db = b.data();
        for (int i = 0; i < da.length; i++) {
            boolean x = da[i] != MaskPlane.KEEP;
            boolean y = db[i] != MaskPlane.KEEP;
            both += x && y ? 1 : 0;
            either += x || y ? 1 : 0;
        }
        return either == 0 ? 1 : (double) both / either;
    }

    /** The image scaled by an integer factor (nearest pixel), with its truth: a large photo from a small one. */
    static Scene enlarged(Scene scene, int factor) {
        int w = scene.image().width() * factor;
        int h = scene.image().height() * factor;
        int[] pixels = new int[w * h];
        MaskPlane truth = new MaskPlane(w, h);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                pixels[y * w + x] = scene.image().rgb(x / factor, y / factor);
                truth.set(x, y, scene.truth().isRepair(x / factor, y / factor));
            }
        }
        MaskRectangle b = scene.bounds();
        return new Scene(
                new RgbImage(w, h, pixels),
                truth,
                new MaskRectangle(b.x() * factor, b.y() * factor, b.width() * factor, b.height() * factor));
    }

    private static BufferedImage read(String resource) {
        try (InputStream in = Composites.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            return ImageIO.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
