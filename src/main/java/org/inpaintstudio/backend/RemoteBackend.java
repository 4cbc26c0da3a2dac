package org.inpaintstudio.backend;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.inpaintstudio.api.InpaintRequest;
import org.inpaintstudio.api.TaskStatus;
import org.inpaintstudio.client.InpaintClient;

/**
 * BackgroundWork on a remote service through the project's {@link InpaintClient}, which validates, creates, polls and
 * downloads. The client blocks, so each task runs on one of a few named daemon threads.
 *
 * <p>Besides the outcomes of {@link Backend}, a remote task's outcome completes exceptionally with the client's
 * {@link org.inpaintstudio.client.ClientException} (refused, unreachable) or
 * {@link org.inpaintstudio.api.InvalidRequestException} (the request breaks the API's limits; nothing was sent);
 * their messages say what to do.
 */
public final class RemoteBackend implements Backend {
    private final InpaintClient client;
    private final Executor callbacks;
    private final ExecutorService runners;
    private final Set<RemoteTask> live = ConcurrentHashMap.newKeySet();

    /** @param concurrentTasks how many tasks may be in flight at once */
    public RemoteBackend(InpaintClient client, Executor callbacks, int concurrentTasks) {
        this.client = client;
        this.callbacks = callbacks;
        this.runners = Executors.newFixedThreadPool(concurrentTasks, new DaemonThreads("inpaint-remote"));
    }

    @Override
    public InpaintTask submit(InpaintRequest request, Consumer<TaskStatus> updates) {
        RemoteTask task = new RemoteTask(client, request, updates, callbacks);
        live.add(task);
        task.outcome().whenComplete((outcome, error) -> live.remove(task));
        runners.execute(task);
        return task;
    }

    @Override
    public void shutdown(Duration grace) {
        GracefulStop.stop(runners, grace, () -> live.forEach(RemoteTask::cancel));
    }
}
