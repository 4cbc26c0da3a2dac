package org.inpaintstudio.backend;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.inpaintstudio.api.InpaintRequest;
import org.inpaintstudio.api.TaskState;
import org.inpaintstudio.api.TaskStatus;
import org.inpaintstudio.image.DecodedImage;
import org.inpaintstudio.image.ImageReadException;
import org.inpaintstudio.image.MaskPlane;
import org.inpaintstudio.image.MaskedPixels;

/**
 * One large photo repaired crop by crop through the inner backend, one crop at a time so that each sees the repairs
 * before it. Statuses follow the crops with progress across all of them; the outcome is the whole photo.
 * What is sent, crop by crop or whole, is {@link CropRequests}' business.
 */
final class CroppedTask extends AbstractInpaintTask implements Runnable {
    private final Backend inner;
    private final InpaintRequest request;
    private final FillControls controls;
    private final CropRequests inputs;
    private final CroppingBackend.CropLimits limits;
    private final String id = UUID.randomUUID().toString();
    private volatile boolean cancelled;
    private volatile InpaintTask current;

    CroppedTask(
            Backend inner,
            InpaintRequest request,
            FillControls controls,
            byte[] imageBytes,
            Consumer<TaskStatus> updates,
            Executor callbacks,
            CroppingBackend.CropLimits limits) {
        super(updates, callbacks);
        this.inner = inner;
        this.request = request;
        this.controls = controls;
        this.inputs = new CropRequests(request, imageBytes, limits, inner.takesPixels());
        this.limits = limits;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public void cancel() {
        cancelled = true;
        InpaintTask running = current;
        if (running != null) {
            running.cancel();
        }
    }

    @Override
    public void run() {
        try {
            publish(TaskStatus.of(id, TaskState.PREPARING, 0));
            InpaintRequest whole = inputs.wholeIfItFits();
            if (whole != null) {
                end(relayed(whole));
                return;
            }
            DecodedImage photo = inputs.photo();
            BufferedImage working = photo.image();
            MaskPlane mask = inputs.mask(working.getWidth(), working.getHeight());
            List<RegionCropping.Crop> crops = RegionCropping.plan(mask, limits.maxSide());
            publish(TaskNotice.regionsCropped(crops.size()));
            for (int i = 0; i < crops.size(); i++) {
                TaskOutcome piece = repair(working, mask, crops.get(i), i, crops.size());
                if (!piece.succeeded()) {
                    end(TaskOutcome.failed(relabel(piece.status(), 0), piece.message()));
                    return;
                }
            }
            InpaintResult result = ResultEncoding.of(working, photo.format());
            TaskStatus done = TaskStatus.of(id, TaskState.DONE, 100).withImage(null, request.returnType());
            end(TaskOutcome.done(done, result));
        } catch (CancellationException e) {
            endCancelled();
        } catch (ImageReadException e) {
            fail(TaskState.INVALID_IMAGE, e.getMessage());
        } catch (OutOfMemoryError e) {
            fail(
                    TaskState.REPAIR_FAILED,
                    "the photo is too large for the memory available; close other images "
                            + "or give Inpaint Studio more memory");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            endCancelled();
        } catch (ExecutionException e) {
            endWithError(e.getCause());
        } catch (RuntimeException e) {
            endWithError(e);
        }
    }

    /** The inner backend's outcome for the whole photo, told as this task's. */
    private TaskOutcome relayed(InpaintRequest whole) throws InterruptedException, ExecutionException {
        InpaintTask task = inner.submit(whole, controls, new CropObserver(0, 1));
        current = task;
        if (cancelled) {
            task.cancel();
        }
        TaskOutcome answer = task.outcome().toCompletableFuture().get();
        return answer.succeeded()
                ? TaskOutcome.done(relabel(answer.status(), 100), answer.result())
                : TaskOutcome.failed(relabel(answer.status(), 0), answer.message());
    }

    /** Sends one crop and pastes its masked pixels back; the outcome tells whether it worked. */
    private TaskOutcome repair(BufferedImage working, MaskPlane mask, RegionCropping.Crop crop, int index, int count)
            throws InterruptedException, ExecutionException {
        if (cancelled) {
            throw new CancellationException();
        }
        MaskPlane cropMask = RegionCropping.maskOf(mask, crop);
        InpaintRequest piece = inputs.piece(working, cropMask, crop, index);
        FillControls pieceControls = controls.samplingArea() == null
                ? controls
                : new FillControls(RegionCropping.boxOf(controls.samplingArea(), crop), controls.seed());
        InpaintTask task = inner.submit(piece, pieceControls, new CropObserver(index, count));
        current = task;
        if (cancelled) {
            task.cancel();
        }
        TaskOutcome answer = task.outcome().toCompletableFuture().get();
        if (answer.succeeded()) {
            BufferedImage repaired = answer.result().image();
            if (repaired.getWidth() != crop.box().width()
                    || repaired.getHeight() != crop.box().height()) {
                throw new ImageReadException("the service answered a region of " + repaired.getWidth() + " x "
                        + repaired.getHeight() + " pixels for one of "
                        + crop.box().width() + " x "
                        + crop.box().height());
            }
            MaskedPixels.copyInto(working, crop.box().x(), crop.box().y(), repaired, cropMask);
        }
        return answer;
    }

    private TaskStatus relabel(TaskStatus status, int progress) {
        return new TaskStatus(
                id,
                status.state(),
                progress,
                status.createdAt(),
                status.processedAt(),
                status.completedAt(),
                null,
                status.returnType());
    }

    private void fail(TaskState state, String message) {
        end(TaskOutcome.failed(TaskStatus.of(id, state, 0), message));
    }

    /**
     * Passes a crop's statuses on as the whole task's, progress spread over the crops; the crop's own "done" is not
     * the task's, and its failure is told once, by the outcome.
     */
    private final class CropObserver implements TaskObserver {
        private final int index;
        private final int count;

        CropObserver(int index, int count) {
            this.index = index;
            this.count = count;
        }

        @Override
        public void accept(TaskStatus status) {
            if (status.state().isFinished()) {
                return;
            }
            int progress = (index * 100 + status.progress()) / count;
            tell(relabel(status, Math.min(99, progress)));
        }

        @Override
        public void onNotice(TaskNotice notice) {
            tell(notice);
        }
    }
}
