package org.inpaintstudio.engine;

import java.awt.image.BufferedImage;
import org.inpaintstudio.image.MaskPlane;
import org.inpaintstudio.work.CancellationToken;
import org.inpaintstudio.work.InpaintCancelledException;
import org.inpaintstudio.work.ProgressListener;

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
    default BufferedImage inpaint(
            BufferedImage image, MaskPlane mask, ProgressListener progress, CancellationToken cancel) {
        return inpaint(image, mask, null, progress, cancel);
    }

    /**
     * As {@link #inpaint(BufferedImage, MaskPlane, ProgressListener, CancellationToken)}, copying only from the
     * marked pixels of {@code sourceArea} (the image's size), or from anywhere when it is null. Methods that copy
     * nothing (fast marching) ignore it.
     *
     * @throws SamplingAreaTooSmallException when the sampling area leaves no complete patch to copy from around a
     *     region of the mask; the image passed in is untouched
     */
    BufferedImage inpaint(
            BufferedImage image,
            MaskPlane mask,
            MaskPlane sourceArea,
            ProgressListener progress,
            CancellationToken cancel);
}
