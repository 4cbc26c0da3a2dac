package org.inpaintstudio.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.inpaintstudio.api.InpaintRequest;
import org.inpaintstudio.api.TaskState;
import org.inpaintstudio.backend.Backend;
import org.inpaintstudio.backend.DaemonThreads;
import org.inpaintstudio.backend.InpaintResult;
import org.inpaintstudio.backend.InpaintTask;
import org.inpaintstudio.backend.TaskOutcome;
import org.inpaintstudio.image.ImageWriteException;

/**
 * The tasks the server has taken: submits them to the backend, follows their updates, stores finished results
 * on disk under an unguessable token, and forgets them as {@link ResultRetention} says.
 */
final class TaskStore implements AutoCloseable {
    static final String SUCCESS = TaskOutcome.SUCCESS;
    private static final Logger LOG = Logger.getLogger(TaskStore.class.getName());

    private final Backend backend;
    private final Path resultsDirectory;
    private final ResultRetention retention;
    private final Clock clock;
    private final ConcurrentHashMap<String, ServedTask> byId = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, ServedTask> byToken = new ConcurrentHashMap<>();
    private final ArrayDeque<ServedTask> finishedOldestFirst = new ArrayDeque<>();
    private final ScheduledExecutorService sweeper;
    private long storedBytes;

    TaskStore(Backend backend, Path resultsDirectory, ResultRetention retention, Clock clock) {
        this.backend = backend;
        this.resultsDirectory = resultsDirectory;
        this.retention = retention;
        this.clock = clock;
        this.sweeper = Executors.newSingleThreadScheduledExecutor(new DaemonThreads("inpaint-result-sweeper"));
        long every = retention.sweepInterval().toMillis();
        sweeper.scheduleWithFixedDelay(this::sweep, every, every, TimeUnit.MILLISECONDS);
    }

    /**
     * Hands the request to the backend.
     *
     * @throws org.inpaintstudio.backend.BackendBusyException when the backend's queue is full
     */
    ServedTask submit(InpaintRequest request, int owner) {
        ServedTask task = new ServedTask(owner, request.returnType(), Tokens.random());
        InpaintTask handle = backend.submit(request, task::update);
        task.accepted(handle.id(), clock.instant());
        byId.put(handle.id(), task);
        handle.outcome().whenComplete((outcome, error) -> finish(task, outcome, error));
        return task;
    }

    /** The task, if it exists, has not expired and was created with the same key. */
    Optional<ServedTask> task(String id, int owner) {
        ServedTask task = byId.get(id);
        return task != null && task.owner() == owner ? Optional.of(task) : Optional.empty();
    }

    /** The stored result whose URL carries this token. */
    Optional<StoredResult> resultByToken(String token) {
        return Optional.ofNullable(byToken.get(token)).map(ServedTask::result);
    }

    int size() {
        return byId.size();
    }

    private void finish(ServedTask task, TaskOutcome outcome, Throwable failure) {
        Instant now = clock.instant();
        Throwable error =
                failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        if (error instanceof CancellationException) {
            task.fail(
                    task.failedStatus(TaskState.REPAIR_FAILED),
                    "the task was cancelled: the server is shutting down; send it again later",
                    now);
        } else if (error != null) {
            LOG.log(Level.WARNING, "task " + task.id() + " ended with an error", error);
            task.fail(task.failedStatus(TaskState.REPAIR_FAILED), "the repair failed: " + error.getMessage(), now);
        } else if (outcome.succeeded()) {
            try {
                StoredResult stored = store(task, outcome.result());
                byToken.put(task.resultToken(), task);
                task.succeed(outcome.status(), stored, now);
            } catch (IOException | ImageWriteException e) {
                LOG.log(Level.WARNING, "could not store the result of task " + task.id(), e);
                task.fail(
                        task.failedStatus(TaskState.RESULT_STORAGE_FAILED),
                        "the image was repaired but the server could not store the result; try again",
                        now);
            }
        } else {
            task.fail(outcome.status(), outcome.message(), now);
        }
        retain(task);
        task.announceFinished();
    }

    private StoredResult store(ServedTask task, InpaintResult result) throws IOException {
        Path file = resultsDirectory.resolve(
                task.resultToken() + "." + result.format().defaultExtension());
        Files.write(file, result.bytes(), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        return new StoredResult(file, result.format(), result.bytes().length);
    }

    private synchronized void retain(ServedTask task) {
        finishedOldestFirst.addLast(task);
        storedBytes += storedLength(task);
        while (finishedOldestFirst.size() > retention.maxTasks() || storedBytes > retention.maxBytes()) {
            forgetOldest();
        }
    }

    /** Forgets tasks that finished more than the time to live ago, with their results. */
    synchronized void sweep() {
        Instant cutoff = clock.instant().minus(retention.ttl());
        while (!finishedOldestFirst.isEmpty()
                && !finishedOldestFirst.peekFirst().finishedAt().isAfter(cutoff)) {
            forgetOldest();
        }
    }

    private void forgetOldest() {
        ServedTask oldest = finishedOldestFirst.removeFirst();
        byId.remove(oldest.id());
        byToken.remove(oldest.resultToken());
        storedBytes -= storedLength(oldest);
        if (oldest.result() != null) {
            ServerFiles.deleteQuietly(oldest.result().file());
        }
    }

    private static long storedLength(ServedTask task) {
        return task.result() == null ? 0 : task.result().length();
    }

    @Override
    public void close() {
        sweeper.shutdownNow();
    }
}
