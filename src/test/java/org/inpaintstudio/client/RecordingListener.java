package org.inpaintstudio.client;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.inpaintstudio.api.TaskState;
import org.inpaintstudio.api.TaskStatus;

/** Keeps what a task reported, for assertions. */
final class RecordingListener implements TaskListener {
    final List<TaskStatus> statuses = new CopyOnWriteArrayList<>();
    final List<ClientNotice> notices = new CopyOnWriteArrayList<>();

    @Override
    public void onStatus(TaskStatus status) {
        statuses.add(status);
    }

    @Override
    public void onNotice(ClientNotice notice) {
        notices.add(notice);
    }

    List<TaskState> states() {
        return statuses.stream().map(TaskStatus::state).toList();
    }

    List<Integer> progress() {
        return statuses.stream().map(TaskStatus::progress).toList();
    }
}
