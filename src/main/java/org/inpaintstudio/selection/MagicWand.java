package org.inpaintstudio.selection;

import java.util.Arrays;
import org.inpaintstudio.image.MaskPlane;
import org.inpaintstudio.work.CancellationToken;

/**
 * The magic wand: the pixels whose colour lies within a CIELAB distance (CIE76 delta E) of the clicked colour.
 * Contiguous selects only those connected to the click (4-neighbours, as GIMP and Photoshop do); otherwise every
 * such pixel of the image. The clicked colour is the mean of the 3 x 3 pixels around the click, so one noisy
 * pixel does not decide the selection.
 */
public final class MagicWand {
    /** Tolerances the editor's slider offers; 0 selects only the exact colour. */
    public static final double MIN_TOLERANCE = 0;

    public static final double MAX_TOLERANCE = 100;
    public static final double DEFAULT_TOLERANCE = 15;

    private static final byte UNSEEN = 0;
    private static final byte INSIDE = 1;
    private static final byte OUTSIDE = 2;
    private static final int PIXELS_PER_CHECK = 1 << 16;

    private MagicWand() {}

    /**
     * @param tolerance the largest delta E still selected, {@value #MIN_TOLERANCE}..{@value #MAX_TOLERANCE}
     * @throws IllegalArgumentException when the click lies outside the image or the tolerance is out of range
     */
    public static MaskPlane select(
            RgbImage image, int x, int y, double tolerance, boolean contiguous, CancellationToken cancel) {
        if (x < 0 || y < 0 || x >= image.width() || y >= image.height()) {
            throw new IllegalArgumentException("the click at " + x + "," + y + " lies outside the " + image.width()
                    + " x " + image.height() + " image");
        }
        if (!(tolerance >= MIN_TOLERANCE && tolerance <= MAX_TOLERANCE)) {
            throw new IllegalArgumentException(
                    "tolerance must be " + MIN_TOLERANCE + ".." + MAX_TOLERANCE + ", was " + tolerance);
        }
        float[] seed = seedColour(image, x, y);
        float limit = (float) (tolerance * tolerance) + 1e-3f;
        return contiguous ? flood(image, x, y, seed, limit, cancel) : global(image, seed, limit, cancel);
    }

    private static MaskPlane global(RgbImage image, float[] seed, float limit, CancellationToken cancel) {
        MaskPlane mask = new MaskPlane(image.width(), image.height());
        byte[] out = mask.data();
        int[] pixels = image.pixels();
        float[] lab = new float[3];
        int lastRgb = ~pixels[0];
        boolean lastInside = false;
        for (int i = 0; i < pixels.length; i++) {
            if ((i & (PIXELS_PER_CHECK - 1)) == 0) {
                cancel.throwIfCancelled();
            }
            int rgb = pixels[i];
            if (rgb != lastRgb) { // runs of one colour are common (skies, backgrounds): convert once
                lastRgb = rgb;
                lastInside = within(rgb, seed, limit, lab);
            }
            if (lastInside) {
                out[i] = MaskPlane.REPAIR;
            }
        }
        return mask;
    }

    private static MaskPlane flood(RgbImage image, int x, int y, float[] seed, float limit, CancellationToken cancel) {
        int w = image.width();
        int h = image.height();
        int[] pixels = image.pixels();
        byte[] state = new byte[w * h];
        int[] stack = new int[1024];
        int top = 0;
        float[] lab = new float[3];
        int start = y * w + x;
        state[start] = INSIDE; // the clicked pixel is always selected, whatever its own noise
        stack[top++] = start;
        long popped = 0;
        while (top > 0) {
            int i = stack[--top];
            if ((++popped & (PIXELS_PER_CHECK - 1)) == 0) {
                cancel.throwIfCancelled();
            }
            int px = i % w;
            int py = i / w;
            for (int k = 0; k < 4; k++) {
                int nx = px + (k == 0 ? -1 : k == 1 ? 1 : 0);
                int ny = py + (k == 2 ? -1 : k == 3 ? 1 : 0);
                if (nx < 0 || ny < 0 || nx >= w || ny >= h) {
                    continue;
                }
                int n = ny * w + nx;
                if (state[n] != UNSEEN) {
                    continue;
                }
                if (within(pixels[n], seed, limit, lab)) {
                    state[n] = INSIDE;
                    if (top == stack.length) {
                        stack = Arrays.copyOf(stack, stack.length * 2);
                    }
                    stack[top++] = n;
                } else {
                    state[n] = OUTSIDE;
                }
            }
        }
        for (int i = 0; i < state.length; i++) {
            state[i] = state[i] == INSIDE ? MaskPlane.REPAIR : MaskPlane.KEEP;
        }
        return MaskPlane.wrap(w, h, state);
    }

    private static boolean within(int rgb, float[] seed, float limit, float[] lab) {
        CieLab.convert(rgb, lab, 0);
        float dl = lab[0] - seed[0];
        float da = lab[1] - seed[1];
        float db = lab[2] - seed[2];
        return dl * dl + da * da + db * db <= limit;
    }

    private static float[] seedColour(RgbImage image, int x, int y) {
        float[] sum = new float[3];
        float[] lab = new float[3];
        int count = 0;
        for (int yy = Math.max(0, y - 1); yy <= Math.min(image.height() - 1, y + 1); yy++) {
            for (int xx = Math.max(0, x - 1); xx <= Math.min(image.width() - 1, x + 1); xx++) {
                CieLab.convert(image.rgb(xx, yy), lab, 0);
                sum[0] += lab[0];
                sum[1] += lab[1];
                sum[2] += lab[2];
                count++;
            }
        }
        return new float[] {sum[0] / count, sum[1] / count, sum[2] / count};
    }
}
