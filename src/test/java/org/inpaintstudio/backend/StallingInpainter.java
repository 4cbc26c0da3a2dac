package org.inpaintstudio.backend;

import java.awt.image.BufferedImage;
import java.util.concurrent.CountDownLatch;
import org.inpaintstudio.engine.Inpainter;
import org.inpaintstudio.image.MaskPlane;
import org.inpaintstudio.work.CancellationToken;
import org.inpaintstudio.work.InpaintCancelledException;
import org.inpaintstudio.work.ProgressListener;

/** A stand-in engine that works until cancelled, and records that it started and that it stopped. */
public final class StallingInpainter implements Inpainter {
    public final CountDownLatch started = new CountDownLatch(1);
    public final CountDownLatch stopped = new CountDownLatch(1);

    @Override
    public BufferedImage inpaint(
            BufferedImage image,
            MaskPlane mask,
            MaskPlane sourceArea,
            ProgressListener progress,
            CancellationToken cancel) {
        started.countDown();
        try {
            progress.progress(0.1);
            while (true) {
                cancel.throwIfCancelled();
                Thread.sleep(5);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InpaintCancelledException();
        } finally {
            stopped.countDown();
        }
    }
}
