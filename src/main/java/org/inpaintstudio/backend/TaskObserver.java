package org.inpaintstudio.backend;

import java.util.function.Consumer;
import org.inpaintstudio.api.TaskStatus;

/**
 * A listener of a task that also hears {@link TaskNotice}s. Pass one to {@link Backend#submit} where a plain status
 * consumer goes; backends that have notices tell them through the same callback executor as the statuses.
 */
public interface TaskObserver extends Consumer<TaskStatus> {
    void onNotice(TaskNotice notice);

    /** Tells {@code updates} the notice when it listens for notices; plain status consumers do not hear it. */
    static void tell(Consumer<TaskStatus> updates, TaskNotice notice) {
        if (updates instanceof TaskObserver observer) {
            observer.onNotice(notice);
        }
    }
}
