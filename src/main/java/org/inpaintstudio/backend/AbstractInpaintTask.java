package org.inpaintstudio.backend;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.inpaintstudio.api.TaskStatus;

/**
 * What every task of a backend does the same way: it tells its listener each status and notice through the callback
 * executor, and ends once, its outcome completed after the last status.
 *
 * <p>One rule for a listener that throws: the failure is logged and ignored, and the task goes on, so the listener
 * still hears the statuses after it and the outcome still completes. A listener is the caller's code (a progress
 * bar, a printer); its bug must not leave a task that never ends.
 */
abstract class AbstractInpaintTask implements InpaintTask {
    private static final Logger LOG = Logger.getLogger(AbstractInpaintTask.class.getName());

    private final Consumer<TaskStatus> updates;
    private final Executor callbacks;
    private final CompletableFuture<TaskOutcome> outcome = new CompletableFuture<>();

    AbstractInpaintTask(Consumer<TaskStatus> updates, Executor callbacks) {
        this.updates = updates;
        this.callbacks = callbacks;
    }

    @Override
    public final CompletionStage<TaskOutcome> outcome() {
        return outcome;
    }

    /** Tells the listener a status, through the callback executor. */
    final void publish(TaskStatus status) {
        callbacks.execute(() -> tell(status));
    }

    /** Tells the listener a notice, through the callback executor, when it listens for notices. */
    final void publish(TaskNotice notice) {
        callbacks.execute(() -> tell(notice));
    }

    /** Ends the task: its final status told, then the outcome completed. */
    final void end(TaskOutcome result) {
        callbacks.execute(() -> {
            tell(result.status());
            outcome.complete(result);
        });
    }

    /** Ends the task with an outcome whose final status the listener has heard already. */
    final void endAfterItsStatus(TaskOutcome result) {
        callbacks.execute(() -> outcome.complete(result));
    }

    /** Ends the task with an error instead of an outcome, for a caller who needs its type. */
    final void endWithError(Throwable error) {
        callbacks.execute(() -> outcome.completeExceptionally(error));
    }

    /** {@link #endWithError(Throwable)} after a final status for those who follow states only. */
    final void endWithError(TaskStatus failed, Throwable error) {
        callbacks.execute(() -> {
            tell(failed);
            outcome.completeExceptionally(error);
        });
    }

    final void endCancelled() {
        callbacks.execute(() -> outcome.cancel(false));
    }

    /**
     * Tells the listener a status on the calling thread, for code already on the callback executor (a crop's
     * statuses passed on as its photo's).
     */
    final void tell(TaskStatus status) {
        try {
            updates.accept(status);
        } catch (RuntimeException e) {
            listenerFailed(e);
        }
    }

    /** {@link #tell(TaskStatus)} for a notice. */
    final void tell(TaskNotice notice) {
        try {
            TaskObserver.tell(updates, notice);
        } catch (RuntimeException e) {
            listenerFailed(e);
        }
    }

    private void listenerFailed(RuntimeException e) {
        LOG.log(Level.WARNING, "a listener of task " + id() + " failed; the task goes on", e);
    }
}
