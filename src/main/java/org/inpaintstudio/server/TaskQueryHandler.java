package org.inpaintstudio.server;

import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/** {@code GET /api/tasks/visual/inpaint/{task_id}}: the task's state, and its result once done. */
final class TaskQueryHandler {
    private static final String UNKNOWN = "unknown task_id: check it, and note that tasks are kept for one hour";

    private final TaskStore store;

    TaskQueryHandler(TaskStore store) {
        this.store = store;
    }

    void handle(Request request, Response response, Callback callback, String taskId, int owner) {
        ServedTask task = store.task(taskId, owner).orElseThrow(() -> new RequestRefused(404, UNKNOWN));
        String json = TaskAnswers.json(task, BaseUrl.of(request)).orElseThrow(() -> new RequestRefused(404, UNKNOWN));
        Answers.json(response, callback, 200, json);
    }
}
