package org.inpaintstudio.engine;

import java.awt.image.BufferedImage;
import org.inpaintstudio.image.MaskPlane;

/**
 * Fills the masked pixels of an image from the rest of it.
 *
 * <p>Pixels outside the mask come back bit-exact; the result has the input's size and colour model.
 */
public interface Inpainter {
    /**
     * @param image the photo; what lies under the mask is ignored
     * @param mask which pixels to fill, the image's size
     * @param progress told the share done, from 0 to 1, never decreasing
     * @param cancel checked often; when set, the call ends within 100 ms by throwing {@link InpaintCancelledException}
     */
    BufferedImage inpaint(BufferedImage image, MaskPlane mask, ProgressListener progress, CancellationToken cancel);
}
