package org.inpaintstudio.model;

import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.util.ArrayList;
import java.util.List;
import org.inpaintstudio.engine.Inpainter;
import org.inpaintstudio.engine.MaskRegions;
import org.inpaintstudio.image.MaskPlane;
import org.inpaintstudio.image.PixelBox;
import org.inpaintstudio.work.CancellationToken;
import org.inpaintstudio.work.ProgressListener;

/**
 * Inpaints with a learned model, one mask region after another: a square crop with context around the region,
 * resized to the model's input, the hole grown by {@link #DILATION} pixels, one inference, the answer resized back
 * and pasted into the hole only, fading in over {@link #FEATHER} pixels. Regions lying well inside an earlier
 * region's square are repaired by the same inference. Progress follows the regions; cancel is honoured between them.
 *
 * <p>The model copies from wherever it likes, so a source area is ignored. The same photo and mask give the same
 * result: the crops, the resizing and the model's deterministic compute do not vary.
 */
public final class ModelInpainter implements Inpainter {
    /** Pixels the hole grows by before the model sees it: covers the halo a brush leaves round an object. */
    static final int DILATION = 4;
    /** Pixels inside the hole over which the model's colours fade in. */
    static final int FEATHER = 2;
    /** The least context a model of any size gets: LaMa and MI-GAN are trained at 512. */
    static final int DYNAMIC_MIN_SIDE = 512;
    /** The largest square a model of any size is run at; larger crops are shrunk, which bounds time and memory. */
    static final int DYNAMIC_MAX_SIDE = 1024;
    /** Convolutional models halve their input three times or more: sides in multiples of 8 pass through evenly. */
    private static final int SIDE_STEP = 8;

    private final InpaintModel model;

    public ModelInpainter(InpaintModel model) {
        this.model = model;
    }

    @Override
    public BufferedImage inpaint(
            BufferedImage image,
            MaskPlane mask,
            MaskPlane sourceArea,
            ProgressListener progress,
            CancellationToken cancel) {
        int width = image.getWidth();
        int height = image.getHeight();
        if (mask.width() != width || mask.height() != height) {
            throw new IllegalArgumentException(
                    "the mask is " + mask.width() + " x " + mask.height() + ", the image " + width + " x " + height);
        }
        int[] argb = image.getRGB(0, 0, width, height, null, 0, width);
        byte[] pending = mask.data().clone();
        MaskRegions regions = MaskRegions.label(mask);
        boolean[] done = new boolean[regions.count() + 1];
        int finished = 0;
        for (int label = 1; label <= regions.count(); label++) {
            if (done[label]) {
                continue;
            }
            cancel.throwIfCancelled();
            CropSquare crop = CropSquare.around(regions.box(label), minSide(), width, height);
            List<Integer> batch = batch(regions, label, crop, done);
            boolean[] pasted = new boolean[regions.count() + 1];
            batch.forEach(l -> pasted[l] = true);
            repair(argb, pending, width, height, regions, crop, pasted);
            for (int l : batch) {
                done[l] = true;
            }
            finished += batch.size();
            progress.progress((double) finished / regions.count());
        }
        return withPixels(image, argb);
    }

    /** The region and any later one that lies far enough inside its square for the fade and dilation to fit. */
    private static List<Integer> batch(MaskRegions regions, int label, CropSquare crop, boolean[] done) {
        List<Integer> batch = new ArrayList<>(List.of(label));
        for (int other = label + 1; other <= regions.count(); other++) {
            PixelBox box = regions.box(other);
            if (!done[other] && crop.holds(box, DILATION + FEATHER + 1)) {
                batch.add(other);
            }
        }
        return batch;
    }

    private void repair(
            int[] argb, byte[] pending, int width, int height, MaskRegions regions, CropSquare crop, boolean[] pasted) {
        int side = crop.side();
        float[] rgb = new float[3 * side * side];
        boolean[] hole = new boolean[side * side];
        int plane = side * side;
        for (int j = 0; j < side; j++) {
            int py = clamp(crop.y() + j, height);
            for (int i = 0; i < side; i++) {
                int p = py * width + clamp(crop.x() + i, width);
                int c = argb[p];
                int k = j * side + i;
                rgb[k] = ((c >> 16) & 0xff) / 255f;
                rgb[plane + k] = ((c >> 8) & 0xff) / 255f;
                rgb[2 * plane + k] = (c & 0xff) / 255f;
                hole[k] = pending[p] != MaskPlane.KEEP;
            }
        }
        int input = inputSide(side);
        float[] fill = MaskShapes.scale(MaskShapes.dilate(hole, side, side, DILATION), side, input);
        float[] answer = model.run(Resampler.resize(rgb, 3, side, side, input, input), fill, input);
        float[] back = Resampler.resize(answer, 3, input, input, side, side);
        float[] weights = MaskShapes.featherWeights(hole, side, side, FEATHER);
        for (int j = Math.max(0, -crop.y()); j < side && crop.y() + j < height; j++) {
            int py = crop.y() + j;
            for (int i = Math.max(0, -crop.x()); i < side && crop.x() + i < width; i++) {
                int px = crop.x() + i;
                int p = py * width + px;
                if (pending[p] == MaskPlane.KEEP || !pasted[regions.labelAt(px, py)]) {
                    continue;
                }
                int k = j * side + i;
                float a = weights[k];
                int c = argb[p];
                int r = blend((c >> 16) & 0xff, back[k], a);
                int g = blend((c >> 8) & 0xff, back[plane + k], a);
                int b = blend(c & 0xff, back[2 * plane + k], a);
                argb[p] = (c & 0xff000000) | (r << 16) | (g << 8) | b;
                pending[p] = MaskPlane.KEEP;
            }
        }
    }

    private int minSide() {
        ModelSignature signature = model.signature();
        return signature.fixedSize() ? signature.side() : DYNAMIC_MIN_SIDE;
    }

    /** The side the model runs at: its own when fixed, else the crop's in steps of 8, at most the maximum. */
    private int inputSide(int cropSide) {
        ModelSignature signature = model.signature();
        if (signature.fixedSize()) {
            return signature.side();
        }
        int stepped = (cropSide + SIDE_STEP - 1) / SIDE_STEP * SIDE_STEP;
        return Math.min(DYNAMIC_MAX_SIDE, stepped);
    }

    private static int blend(int original, float model, float weight) {
        float value = Math.max(0, Math.min(1, model)) * 255f;
        return Math.round(weight * value + (1 - weight) * original);
    }

    private static int clamp(int v, int size) {
        return Math.max(0, Math.min(size - 1, v));
    }

    /** A copy of the image, in its own colour model, with the repaired pixels. */
    private static BufferedImage withPixels(BufferedImage image, int[] argb) {
        ColorModel model = image.getColorModel();
        BufferedImage copy = new BufferedImage(model, image.copyData(null), model.isAlphaPremultiplied(), null);
        copy.setRGB(0, 0, image.getWidth(), image.getHeight(), argb, 0, image.getWidth());
        return copy;
    }
}
