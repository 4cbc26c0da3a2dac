package org.inpaintstudio.server;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.inpaintstudio.api.InpaintRequest;
import org.inpaintstudio.api.ReturnType;
import org.inpaintstudio.api.TaskState;
import org.inpaintstudio.backend.BackendBusyException;

/**
 * {@code POST /api/tasks/visual/inpaint}: reads the form, checks it, starts the task, and answers at once (the
 * task queued) or, with {@code sync=1}, when the task has finished. A synchronous answer waits at most
 * {@code syncWait}; a task still running then is answered with its state, and the client polls as usual.
 */
final class CreateTaskHandler {
    /** Retry-After when the queue is full: about the time a worker needs to free up. */
    static final long QUEUE_FULL_RETRY_SECONDS = 2;

    private final MultipartReader multipart;
    private final RequestAdmission admission = new RequestAdmission();
    private final TaskStore store;
    private final Duration syncWait;

    CreateTaskHandler(MultipartReader multipart, TaskStore store, Duration syncWait) {
        this.multipart = multipart;
        this.store = store;
        this.syncWait = syncWait;
    }

    void handle(Request request, Response response, Callback callback, int owner) {
        multipart.read(
                request,
                form -> Answers.guarded(
                        request, response, callback, () -> start(request, response, callback, form, owner)),
                refusal -> Answers.refused(response, callback, refusal));
    }

    private void start(Request request, Response response, Callback callback, FormFields form, int owner) {
        InpaintRequest inpaint;
        try (form) {
            inpaint = admission.admit(TaskForm.read(form));
        }
        ServedTask task = submit(inpaint, owner);
        if (!inpaint.sync()) {
            answer(request, response, callback, task);
            return;
        }
        // Waiting for the task is not idleness: keep the connection while it runs.
        request.addIdleTimeoutListener(timeout -> false);
        CompletableFuture<ServedTask> waited = task.whenFinished()
                .toCompletableFuture()
                .thenApply(t -> t)
                .completeOnTimeout(task, syncWait.toNanos(), TimeUnit.NANOSECONDS);
        waited.thenAccept(
                t -> Answers.guarded(request, response, callback, () -> answer(request, response, callback, t)));
    }

    private ServedTask submit(InpaintRequest inpaint, int owner) {
        try {
            return store.submit(inpaint, owner);
        } catch (BackendBusyException e) {
            throw RequestRefused.tooManyRequests("the server is busy: " + e.getMessage(), QUEUE_FULL_RETRY_SECONDS);
        } catch (IllegalStateException shutDown) {
            throw new RequestRefused(503, "the server is shutting down; try again later");
        }
    }

    private void answer(Request request, Response response, Callback callback, ServedTask task) {
        if (task.returnType() == ReturnType.BINARY
                && task.isFinished()
                && task.status().state() == TaskState.DONE) {
            response.getHeaders().put("X-Task-Id", task.id());
            Answers.file(response, callback, task.result(), "no-store");
            return;
        }
        String json = TaskAnswers.json(task, BaseUrl.of(request))
                .orElseThrow(() -> new RequestRefused(404, "the result has expired; results are kept for one hour"));
        Answers.json(response, callback, 200, json);
    }
}
