package org.inpaintstudio.backend;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.inpaintstudio.api.ApiLimits;
import org.inpaintstudio.api.Base64Codec;
import org.inpaintstudio.api.ImageSource;
import org.inpaintstudio.api.InpaintRequest;
import org.inpaintstudio.api.MaskSource;
import org.inpaintstudio.api.TaskStatus;
import org.inpaintstudio.image.ImageFiles;
import org.inpaintstudio.image.ImageInfo;
import org.inpaintstudio.image.ImageReadException;

/**
 * A backend in front of another that takes photos larger than the other allows (4096 x 4096 pixels, 15 MB): such a
 * photo is sent as one crop per group of masked regions, with context, and only the masked pixels of the answers are
 * pasted back at full resolution. Observers hear {@link TaskNotice.Kind#REGIONS_CROPPED} when this happens. Photos
 * within the limits, and images given by URL, go straight through.
 *
 * <p>Decoded {@link ImageSource.Pixels} (and a {@link MaskSource.Plane}) reach an inner backend that {@link
 * Backend#takesPixels takes pixels} as pixels: a photo fits when its sides do (there are no bytes to limit), and
 * each crop goes as the pixels of the crop and its mask plane, never encoded. Any other inner backend gets them as
 * PNG files ({@link InpaintRequest#asFiles()}), encoded on the task's thread (not the caller's, which may be the
 * UI's): the whole photo when it fits, else crop by crop.
 */
public final class CroppingBackend implements Backend {
    private final Backend inner;
    private final Executor callbacks;
    private final CropLimits limits;
    private final ExecutorService runners = Executors.newSingleThreadExecutor(new DaemonThreads("inpaint-cropping"));
    private final Set<CroppedTask> live = ConcurrentHashMap.newKeySet();

    /** The largest image the inner backend takes, and the largest upload. */
    record CropLimits(int maxSide, long maxBytes) {
        static final CropLimits SERVICE = new CropLimits(ApiLimits.MAX_SIDE, ApiLimits.MAX_IMAGE_BYTES);
    }

    public CroppingBackend(Backend inner, Executor callbacks) {
        this(inner, callbacks, CropLimits.SERVICE);
    }

    CroppingBackend(Backend inner, Executor callbacks, CropLimits limits) {
        this.inner = inner;
        this.callbacks = callbacks;
        this.limits = limits;
    }

    @Override
    public InpaintTask submit(InpaintRequest request, Consumer<TaskStatus> updates) {
        return submit(request, FillControls.NONE, updates);
    }

    @Override
    public boolean takesSamplingArea() {
        return inner.takesSamplingArea();
    }

    @Override
    public boolean takesPixels() {
        return inner.takesPixels();
    }

    /** The sampling area is cut to each crop along with the photo. */
    @Override
    public InpaintTask submit(InpaintRequest request, FillControls controls, Consumer<TaskStatus> updates) {
        if (request.image() instanceof ImageSource.Pixels pixels) {
            if (inner.takesPixels()
                    && fits(pixels.image().getWidth(), pixels.image().getHeight())) {
                return inner.submit(request, controls, updates);
            }
            // Encoding for a service takes long on a large photo: the task does it on its own thread.
            return startCropped(request, controls, null, updates);
        }
        byte[] image = imageBytes(request.image());
        if (image == null || fits(image)) {
            return inner.submit(request, controls, updates);
        }
        return startCropped(request, controls, image, updates);
    }

    private InpaintTask startCropped(
            InpaintRequest request, FillControls controls, byte[] image, Consumer<TaskStatus> updates) {
        CroppedTask task = new CroppedTask(inner, request, controls, image, updates, callbacks, limits);
        live.add(task);
        task.outcome().whenComplete((outcome, error) -> live.remove(task));
        runners.execute(task);
        return task;
    }

    /** Whether the inner backend takes the photo as it is (or cannot be told otherwise: let it say why). */
    private boolean fits(byte[] image) {
        if (image.length > limits.maxBytes()) {
            return false;
        }
        try {
            ImageInfo info = ImageFiles.probe(image);
            return fits(info.width(), info.height());
        } catch (ImageReadException unreadable) {
            return true;
        }
    }

    private boolean fits(int width, int height) {
        return width <= limits.maxSide() && height <= limits.maxSide();
    }

    private static byte[] imageBytes(ImageSource source) {
        if (source instanceof ImageSource.File file) {
            return file.upload().bytes();
        }
        if (source instanceof ImageSource.Base64 base64) {
            try {
                return Base64Codec.decode(base64.data());
            } catch (IllegalArgumentException invalid) {
                return null;
            }
        }
        return null;
    }

    @Override
    public void shutdown(Duration grace) {
        try {
            GracefulStop.stop(runners, grace, () -> live.forEach(CroppedTask::cancel));
        } finally {
            inner.shutdown(grace);
        }
    }
}
