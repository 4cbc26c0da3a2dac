package org.inpaintstudio.server;

import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * {@code GET /api/results/{token}.{ext}}: a finished task's result image. The token is 256 random bits and the
 * whole credential, like the hosted service's signed URLs, so a browser or curl can fetch it without the key.
 */
final class ResultHandler {
    private final TaskStore store;

    ResultHandler(TaskStore store) {
        this.store = store;
    }

    void handle(Response response, Callback callback, String name) {
        int dot = name.indexOf('.');
        String token = dot < 0 ? name : name.substring(0, dot);
        StoredResult result = store.resultByToken(token)
                .orElseThrow(() -> new RequestRefused(
                        404, "unknown or expired result: results are kept for one hour after the task finished"));
        Answers.file(response, callback, result, "private, max-age=3600");
    }
}
