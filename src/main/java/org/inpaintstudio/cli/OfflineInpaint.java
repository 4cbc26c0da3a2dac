package org.inpaintstudio.cli;

import java.io.PrintStream;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.inpaintstudio.api.InpaintRequest;
import org.inpaintstudio.api.InvalidRequestException;
import org.inpaintstudio.api.RequestValidator;
import org.inpaintstudio.api.TaskState;
import org.inpaintstudio.backend.Backend;
import org.inpaintstudio.backend.FillControls;
import org.inpaintstudio.backend.InpaintTask;
import org.inpaintstudio.backend.TaskOutcome;
import org.inpaintstudio.image.ImageFormat;
import org.inpaintstudio.image.ImageLimits;
import org.inpaintstudio.image.ImageReadException;
import org.inpaintstudio.image.ImageWriteException;
import org.inpaintstudio.image.ResultFile;

/**
 * {@code inpaint} without {@code --api-url}: one task on the offline engine (or a model), through the same
 * {@link Backend} life cycle as the service (so states and failure messages match) and its cropping for photos
 * larger than the service takes (so it fills what the editor fills), its result written to {@code --out}.
 */
final class OfflineInpaint {
    private final PrintStream out;
    private final PrintStream err;

    OfflineInpaint(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** Runs the task; {@code onCancel} receives the task so Ctrl+C can stop the engine. */
    int run(InpaintOptions options, Backend backend, TaskSlot onCancel) {
        InpaintRequest request;
        FillControls controls;
        try {
            // The checks a remote run makes before sending, so the same input fails the same way, in the same words;
            // but for size: the backend crops a photo larger than the service takes, as the editor's does, so only
            // the editor's pixel budget applies, checked from the header before anything is allocated.
            request = RequestValidator.withinBudget(ImageLimits.EDITOR).validate(RequestFromOptions.build(options));
            controls = new FillControls(SamplingAreaFile.read(options.sampleArea(), request), null);
        } catch (OptionException | InvalidRequestException e) {
            return fail(ExitCode.BAD_INPUT, e.getMessage());
        }
        if (options.image().option().endsWith("-url") || options.mask().option().endsWith("-url")) {
            err.println("note: the offline engine downloads " + options.image().option() + "/"
                    + options.mask().option() + " itself (10 s, 15 MB at most).");
        }
        StatusPrinter printer = new StatusPrinter(out, err);
        InpaintTask task = backend.submit(request, controls, printer::onStatus);
        onCancel.hold(task);
        TaskOutcome outcome;
        try {
            outcome = task.outcome().toCompletableFuture().get();
        } catch (CancellationException e) {
            return fail(ExitCode.CANCELLED, "cancelled");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            task.cancel();
            return fail(ExitCode.CANCELLED, "cancelled");
        } catch (ExecutionException | CompletionException e) {
            return fail(ExitCode.TASK_FAILED, String.valueOf(e.getCause().getMessage()));
        }
        if (!outcome.succeeded()) {
            TaskState state = outcome.status().state();
            return fail(RemoteInpaint.exitCode(state), outcome.message() + " (state " + state.code() + ")");
        }
        return write(outcome.result().bytes(), options);
    }

    private int write(byte[] result, InpaintOptions options) {
        try {
            ImageFormat format = ResultFile.write(result, options.out());
            out.println("wrote " + options.out() + " (" + format.displayName() + ")");
            return ExitCode.OK;
        } catch (ImageWriteException e) {
            return fail(ExitCode.OUTPUT, e.getMessage());
        } catch (ImageReadException e) {
            return fail(
                    ExitCode.OUTPUT, "the result could not be converted for " + options.out() + ": " + e.getMessage());
        }
    }

    private int fail(int code, String message) {
        err.println("error: " + message);
        return code;
    }

    /** Where the running task is kept for a Ctrl+C handler. */
    @FunctionalInterface
    interface TaskSlot {
        void hold(InpaintTask task);
    }
}
