package org.inpaintstudio.server;

import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.inpaintstudio.api.ReturnType;
import org.inpaintstudio.api.TaskState;
import org.inpaintstudio.api.TaskStatus;

/**
 * A task as the server keeps it: the latest status, who created it (the index of their key), how the result is
 * to be returned, the unguessable token of its result URL, and once finished the stored result or the reason it
 * failed.
 */
final class ServedTask {
    private final int owner;
    private final ReturnType returnType;
    private final String resultToken;
    private final CompletableFuture<ServedTask> finished = new CompletableFuture<>();
    private volatile String id;
    private volatile TaskStatus status;
    private volatile String message = TaskStore.SUCCESS;
    private volatile StoredResult result;
    private volatile Instant finishedAt;

    ServedTask(int owner, ReturnType returnType, String resultToken) {
        this.owner = owner;
        this.returnType = returnType;
        this.resultToken = resultToken;
    }

    /** Null until the backend has accepted the task. */
    String id() {
        return id;
    }

    /** Called once the backend accepted the task; stands in for its first update if that has not come yet. */
    synchronized void accepted(String taskId, Instant at) {
        id = taskId;
        if (status == null) {
            status = new TaskStatus(taskId, TaskState.QUEUED, 0, at, null, null, null, returnType);
        }
    }

    int owner() {
        return owner;
    }

    ReturnType returnType() {
        return returnType;
    }

    String resultToken() {
        return resultToken;
    }

    TaskStatus status() {
        return status;
    }

    String message() {
        return message;
    }

    StoredResult result() {
        return result;
    }

    Instant finishedAt() {
        return finishedAt;
    }

    boolean isFinished() {
        return finishedAt != null;
    }

    CompletionStage<ServedTask> whenFinished() {
        return finished;
    }

    /** A progress update; ignored once the task has finished, so a late update cannot undo the end. */
    synchronized void update(TaskStatus update) {
        if (!isFinished() && !update.state().isFinished()) {
            status = update;
        }
    }

    synchronized void succeed(TaskStatus done, StoredResult stored, Instant at) {
        status = done;
        result = stored;
        finish(at);
    }

    synchronized void fail(TaskStatus failed, String reason, Instant at) {
        status = failed;
        message = reason;
        finish(at);
    }

    /** A failure status with this task's times, for failures the backend did not report itself. */
    TaskStatus failedStatus(TaskState state) {
        TaskStatus last = status;
        return new TaskStatus(id, state, 0, last.createdAt(), last.processedAt(), null, null, returnType);
    }

    private void finish(Instant at) {
        finishedAt = at;
    }

    /**
     * Tells those waiting for the end (a synchronous answer) that it came; called once the store has kept the
     * result and let older ones go, so the answer never runs ahead of the store.
     */
    void announceFinished() {
        finished.complete(this);
    }
}
