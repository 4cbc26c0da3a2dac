package org.inpaintstudio.client;

import org.inpaintstudio.api.TaskStatus;

/** Told every status the service reports, in order, on the thread that runs the task. */
public interface TaskListener {
    TaskListener NONE = status -> {};

    /** Each answer of the service: queued, processing 40%, ..., done or failed. */
    void onStatus(TaskStatus status);

    default void onNotice(ClientNotice notice) {}
}
