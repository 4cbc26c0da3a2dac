package org.inpaintstudio.backend;

import java.awt.image.BufferedImage;
import org.inpaintstudio.engine.CancellationToken;
import org.inpaintstudio.engine.Inpainter;
import org.inpaintstudio.engine.ProgressListener;
import org.inpaintstudio.image.MaskPlane;

/** A stand-in engine: paints the masked pixels one colour, reporting progress row by row. */
public final class FillInpainter implements Inpainter {
    private final int rgb;

    public FillInpainter(int rgb) {
        this.rgb = rgb;
    }

    @Override
    public BufferedImage inpaint(BufferedImage image, MaskPlane mask, ProgressListener progress,
        CancellationToken cancel) {
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
}
