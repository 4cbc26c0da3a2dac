package org.inpaintstudio.backend;

import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.inpaintstudio.api.InpaintRequest;
import org.inpaintstudio.api.InvalidRequestException;
import org.inpaintstudio.api.TaskStatus;
import org.inpaintstudio.client.Cancellation;
import org.inpaintstudio.client.ClientException;
import org.inpaintstudio.client.ClientNotice;
import org.inpaintstudio.client.InpaintClient;
import org.inpaintstudio.client.TaskCancelledException;
import org.inpaintstudio.client.TaskFailedException;
import org.inpaintstudio.client.TaskListener;
import org.inpaintstudio.client.TaskResult;
import org.inpaintstudio.image.ImageFormat;
import org.inpaintstudio.image.ImageReadException;

/**
 * One task run by the client to its end: statuses (and, to a {@link TaskObserver}, the client's notices) passed on,
 * the outcome told through the callback executor.
 */
final class RemoteTask extends AbstractInpaintTask implements Runnable {
    private final InpaintClient client;
    private final InpaintRequest request;
    private final Cancellation cancellation = new Cancellation();
    private volatile String id;

    RemoteTask(InpaintClient client, InpaintRequest request, Consumer<TaskStatus> updates, Executor callbacks) {
        super(updates, callbacks);
        this.client = client;
        this.request = request;
    }

    /** The service's task id, or null until the service has answered the create request. */
    @Override
    public String id() {
        return id;
    }

    @Override
    public void cancel() {
        cancellation.cancel();
    }

    @Override
    public void run() {
        try {
            TaskResult result = client.run(
                    request,
                    new TaskListener() {
                        @Override
                        public void onStatus(TaskStatus status) {
                            report(status);
                        }

                        @Override
                        public void onNotice(ClientNotice notice) {
                            publish(TaskNotice.from(notice));
                        }
                    },
                    cancellation);
            InpaintResult image = InpaintResult.encoded(result.image(), ImageFormat.detect(result.image()));
            // The client has reported the final status already.
            endAfterItsStatus(TaskOutcome.done(result.status(), image));
        } catch (TaskFailedException e) {
            endAfterItsStatus(TaskOutcome.failed(e.status(), e.getMessage()));
        } catch (TaskCancelledException e) {
            endCancelled();
        } catch (ClientException | InvalidRequestException | ImageReadException e) {
            endWithError(e);
        }
    }

    private void report(TaskStatus status) {
        if (status.taskId() != null) {
            id = status.taskId();
        }
        publish(status);
    }
}
