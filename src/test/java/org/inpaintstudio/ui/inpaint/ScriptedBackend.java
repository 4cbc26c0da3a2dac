package org.inpaintstudio.ui.inpaint;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import org.inpaintstudio.api.InpaintRequest;
import org.inpaintstudio.api.TaskState;
import org.inpaintstudio.api.TaskStatus;
import org.inpaintstudio.backend.Backend;
import org.inpaintstudio.backend.InpaintResult;
import org.inpaintstudio.backend.InpaintTask;
import org.inpaintstudio.backend.TaskNotice;
import org.inpaintstudio.backend.TaskObserver;
import org.inpaintstudio.backend.TaskOutcome;
import org.inpaintstudio.image.ImageFormat;

/** A backend the test drives by hand: each submitted task reports what the test tells it to, when it says so. */
final class ScriptedBackend implements Backend {
    final List<InpaintRequest> requests = new ArrayList<>();
    final List<Task> tasks = new ArrayList<>();
    RuntimeException refuseWith;

    @Override
    public InpaintTask submit(InpaintRequest request, Consumer<TaskStatus> updates) {
        if (refuseWith != null) {
            throw refuseWith;
        }
        requests.add(request);
        Task task = new Task(updates);
        tasks.add(task);
        return task;
    }

    Task last() {
        return tasks.get(tasks.size() - 1);
    }

    @Override
    public void shutdown(Duration grace) {}

    static final class Task implements InpaintTask {
        private final Consumer<TaskStatus> updates;
        private final CompletableFuture<TaskOutcome> outcome = new CompletableFuture<>();
        boolean cancelled;

        Task(Consumer<TaskStatus> updates) {
            this.updates = updates;
        }

        void status(TaskState state, int progress) {
            updates.accept(TaskStatus.of("t1", state, progress));
        }

        void notice(TaskNotice notice) {
            TaskObserver.tell(updates, notice);
        }

        void succeed(byte[] png) {
            TaskStatus done = TaskStatus.of("t1", TaskState.DONE, 100);
            updates.accept(done);
            outcome.complete(TaskOutcome.done(done, InpaintResult.encoded(png, ImageFormat.PNG)));
        }

        void fail(TaskState state, String message) {
            TaskStatus failed = TaskStatus.of("t1", state, 0);
            updates.accept(failed);
            outcome.complete(TaskOutcome.failed(failed, message));
        }

        void error(Throwable e) {
            outcome.completeExceptionally(e);
        }

        @Override
        public String id() {
            return "t1";
        }

        @Override
        public CompletionStage<TaskOutcome> outcome() {
            return outcome;
        }

        @Override
        public void cancel() {
            cancelled = true;
            outcome.cancel(false);
        }
    }
}
