package org.inpaintstudio.backend;

import java.time.Duration;
import java.util.function.Consumer;
import org.inpaintstudio.api.InpaintRequest;
import org.inpaintstudio.api.TaskStatus;

/**
 * Where inpainting tasks run: the offline engine ({@link LocalBackend}) or a remote service ({@link RemoteBackend}),
 * with the same life cycle either way: queued, preparing, processing with rising progress, then done or a failure
 * state of API.md.
 *
 * <p>Updates and outcomes arrive through the callback executor the backend was made with ({@code Runnable::run} in
 * tests and the server, {@code Platform::runLater} in the UI), in order, the outcome after the last update.
 */
public interface Backend extends AutoCloseable {
    /**
     * Starts a task.
     *
     * @param updates hears every status of the task, the finished one last
     * @throws BackendBusyException when the backend's queue is full; nothing was started
     * @throws IllegalStateException after {@link #shutdown}
     */
    InpaintTask submit(InpaintRequest request, Consumer<TaskStatus> updates);

    /**
     * Starts a task with the offline engine's controls. A backend that cannot honour a sampling area refuses it
     * rather than quietly copying from anywhere; one without seeds ignores the seed.
     *
     * @throws UnsupportedOperationException when {@code controls} has a sampling area and
     *     {@link #takesSamplingArea()} is false; nothing was started
     */
    default InpaintTask submit(InpaintRequest request, FillControls controls, Consumer<TaskStatus> updates) {
        if (controls.samplingArea() != null && !takesSamplingArea()) {
            throw new UnsupportedOperationException("this backend cannot limit where the fill copies from");
        }
        return submit(request, updates);
    }

    /** Whether {@link #submit(InpaintRequest, FillControls, Consumer)} honours a sampling area. */
    default boolean takesSamplingArea() {
        return false;
    }

    /**
     * Whether this backend runs in this process and takes {@link org.inpaintstudio.api.ImageSource.Pixels} and
     * {@link org.inpaintstudio.api.MaskSource.Plane} as they are; one that does not gets them as PNG files.
     */
    default boolean takesPixels() {
        return false;
    }

    /**
     * Stops taking tasks and cancels the queued ones; running tasks may finish within {@code grace}, after which
     * they are cancelled too. Returns when every task has ended.
     */
    void shutdown(Duration grace);

    /** Shuts down at once: running tasks are cancelled. */
    @Override
    default void close() {
        shutdown(Duration.ZERO);
    }
}
