package org.inpaintstudio.selection;

import org.inpaintstudio.image.MaskPlane;
import org.inpaintstudio.image.MaskRectangle;
import org.inpaintstudio.work.CancellationToken;
import org.inpaintstudio.work.ProgressListener;

/**
 * Select object: the mask of the object inside a rectangle, by {@link GrabCut}, grown so that halos and soft
 * shadows are covered too (an inpainting mask must cover the whole object).
 *
 * <p>Large rectangles are segmented on a reduced copy of the region around them (about {@value #WORK_PIXELS}
 * pixels), then the edge is cut again at full size in a band along the reduced result, with the colour models of
 * the reduced copy: the time stays nearly flat from 1 to 24 megapixels and the edge keeps full-size detail.
 */
public final class ObjectSelector {
    public static final int DEFAULT_GROW = 6;
    public static final int MAX_GROW = 100;
    public static final int MIN_SIDE = 4;
    /** Pixels of the reduced copy the rounds of GrabCut work on. */
    static final long WORK_PIXELS = 150_000;

    private static final int ROUNDS = 6;
    /** Background is learnt from a frame this share of the rectangle's larger side around it (at least 8 px). */
    private static final double FRAME_SHARE = 0.25;

    private static final int MIN_FRAME = 8;

    private ObjectSelector() {}

    /**
     * @param hints object and background strokes, the image's size, or null
     * @param grow  pixels added around the object, 0..{@value #MAX_GROW}
     * @return the object's pixels as REPAIR; empty when nothing in the rectangle stands out from its surroundings
     * @throws IllegalArgumentException when the rectangle is not inside the image or too small, saying which
     * @throws org.inpaintstudio.engine.InpaintCancelledException when {@code cancel} was set
     */
    public static MaskPlane select(
            RgbImage image,
            MaskRectangle rectangle,
            SelectionHints hints,
            int grow,
            CancellationToken cancel,
            ProgressListener progress) {
        MaskRectangle rect = checked(image, rectangle, hints, grow);
        int frame = Math.max(MIN_FRAME, (int) Math.round(FRAME_SHARE * Math.max(rect.width(), rect.height())));
        int rx0 = Math.max(0, rect.x() - frame);
        int ry0 = Math.max(0, rect.y() - frame);
        int rx1 = Math.min(image.width(), rect.x() + rect.width() + frame);
        int ry1 = Math.min(image.height(), rect.y() + rect.height() + frame);
        Region region = new Region(rx0, ry0, rx1 - rx0, ry1 - ry0, rect);
        double scale = Math.min(1.0, Math.sqrt((double) WORK_PIXELS / ((double) region.width * region.height)));

        progress.progress(0.02);
        byte[] labels;
        if (scale >= 1.0) {
            labels = region.fullLabels(hints);
            GrabCut cut = new GrabCut(image, rx0, ry0, region.width, region.height, labels, cancel);
            if (!cut.iterate(ROUNDS, f -> progress.progress(0.05 + 0.85 * f))) {
                return new MaskPlane(image.width(), image.height());
            }
        } else {
            ReducedRegion reduced = ReducedRegion.of(image, region, scale, hints);
            GrabCut cut = new GrabCut(
                    reduced.image(),
                    0,
                    0,
                    reduced.image().width(),
                    reduced.image().height(),
                    reduced.labels(),
                    cancel);
            if (!cut.iterate(ROUNDS, f -> progress.progress(0.05 + 0.65 * f))) {
                return new MaskPlane(image.width(), image.height());
            }
            labels = reduced.edgeBand(region, hints);
            progress.progress(0.75);
            new GrabCut(image, rx0, ry0, region.width, region.height, labels, cancel)
                    .cutWith(cut.foregroundModel(), cut.backgroundModel());
        }
        cancel.throwIfCancelled();
        progress.progress(0.92);
        MaskPlane mask = new MaskPlane(image.width(), image.height());
        byte[] out = mask.data();
        for (int y = 0; y < region.height; y++) {
            int row = (ry0 + y) * image.width() + rx0;
            for (int x = 0; x < region.width; x++) {
                if (GrabCut.isForeground(labels[y * region.width + x])) {
                    out[row + x] = MaskPlane.REPAIR;
                }
            }
        }
        MaskGrowth.grow(mask, rx0, ry0, rx1, ry1, grow);
        progress.progress(1.0);
        return mask;
    }

    private static MaskRectangle checked(RgbImage image, MaskRectangle rect, SelectionHints hints, int grow) {
        if (grow < 0 || grow > MAX_GROW) {
            throw new IllegalArgumentException("grow must be 0.." + MAX_GROW + " pixels, was " + grow);
        }
        if (hints != null && (hints.width() != image.width() || hints.height() != image.height())) {
            throw new IllegalArgumentException("the strokes must have the image's size");
        }
        int x0 = Math.max(0, rect.x());
        int y0 = Math.max(0, rect.y());
        long x1 = Math.min(image.width(), (long) rect.x() + rect.width());
        long y1 = Math.min(image.height(), (long) rect.y() + rect.height());
        if (x1 - x0 < MIN_SIDE || y1 - y0 < MIN_SIDE) {
            throw new IllegalArgumentException("the rectangle " + rect.x() + "," + rect.y() + "," + rect.width()
                    + "," + rect.height() + " must cover at least " + MIN_SIDE + " x " + MIN_SIDE + " pixels of the "
                    + image.width() + " x " + image.height() + " image");
        }
        return new MaskRectangle(x0, y0, (int) (x1 - x0), (int) (y1 - y0));
    }

    /** The part of the image GrabCut looks at: the rectangle and a frame of background around it. */
    record Region(int x0, int y0, int width, int height, MaskRectangle rect) {
        boolean insideRect(int imageX, int imageY) {
            return imageX >= rect.x()
                    && imageX < rect.x() + rect.width()
                    && imageY >= rect.y()
                    && imageY < rect.y() + rect.height();
        }

        /** Labels at full size: inside the rectangle unknown, outside background, strokes fixed. */
        byte[] fullLabels(SelectionHints hints) {
            byte[] labels = new byte[width * height];
            for (int y = 0; y < height; y++) {
                for (int x = 0; x < width; x++) {
                    byte label = insideRect(x0 + x, y0 + y) ? GrabCut.PROBABLY_FOREGROUND : GrabCut.BACKGROUND;
                    labels[y * width + x] = withHint(label, hints, x0 + x, y0 + y);
                }
            }
            return labels;
        }

        static byte withHint(byte label, SelectionHints hints, int imageX, int imageY) {
            if (hints == null) {
                return label;
            }
            byte mark = hints.at(imageX, imageY);
            return mark == SelectionHints.OBJECT
                    ? GrabCut.FOREGROUND
                    : mark == SelectionHints.BACKGROUND ? GrabCut.BACKGROUND : label;
        }
    }
}
