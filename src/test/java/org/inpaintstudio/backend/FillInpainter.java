package org.inpaintstudio.backend;

import java.awt.image.BufferedImage;
import org.inpaintstudio.engine.Inpainter;
import org.inpaintstudio.image.MaskPlane;
import org.inpaintstudio.work.CancellationToken;
import org.inpaintstudio.work.InpaintCancelledException;
import org.inpaintstudio.work.ProgressListener;

/**
 * A stand-in engine: paints the masked pixels one colour. With a delay it first works for that long in four
 * steps, reporting progress and heeding cancellation, so that a poll can see it processing.
 */
public final class FillInpainter implements Inpainter {
    private static final int STEPS = 4;

    private final int rgb;
    private final long delayMs;

    public FillInpainter(int rgb) {
        this(rgb, 0);
    }

    public FillInpainter(int rgb, long delayMs) {
        this.rgb = rgb;
        this.delayMs = delayMs;
    }

    @Override
    public BufferedImage inpaint(
            BufferedImage image,
            MaskPlane mask,
            MaskPlane sourceArea,
            ProgressListener progress,
            CancellationToken cancel) {
        for (int step = 0; step < STEPS && delayMs > 0; step++) {
            pause(delayMs / STEPS);
            cancel.throwIfCancelled();
            progress.progress((step + 1.0) / (STEPS + 1));
        }
        BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < image.getHeight(); y++) {
            cancel.throwIfCancelled();
            for (int x = 0; x < image.getWidth(); x++) {
                out.setRGB(x, y, mask.isRepair(x, y) ? rgb : image.getRGB(x, y));
            }
            progress.progress((y + 1.0) / image.getHeight());
        }
        return out;
    }

    private static void pause(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InpaintCancelledException();
        }
    }
}
