package org.inpaintstudio.server;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Optional;
import org.inpaintstudio.api.ApiJson;
import org.inpaintstudio.api.Base64Codec;
import org.inpaintstudio.api.ReturnType;
import org.inpaintstudio.api.TaskState;
import org.inpaintstudio.api.TaskStatus;
import org.inpaintstudio.image.ImageFormat;

/**
 * The JSON of a task as API.md shows it. A finished task carries its result in {@code image}: base64 for
 * return_type 2, otherwise the URL of the result on this server (return_type 3 answers a poll with the URL too,
 * since raw bytes only fit the synchronous answer).
 */
final class TaskAnswers {
    private TaskAnswers() {}

    /** The task's JSON, or empty when its result has just been removed (it expired). */
    static Optional<String> json(ServedTask task, String baseUrl) {
        TaskStatus status = task.status();
        if (status.state() != TaskState.DONE) {
            return Optional.of(ApiJson.write(status, task.message()));
        }
        StoredResult result = task.result();
        if (task.returnType() != ReturnType.BASE64) {
            return Optional.of(ApiJson.write(status.withImage(resultUrl(task, baseUrl), task.returnType())));
        }
        try {
            String base64 = Base64Codec.encode(Files.readAllBytes(result.file()));
            return Optional.of(ApiJson.write(status.withImage(base64, ReturnType.BASE64)));
        } catch (IOException expiredMeanwhile) {
            return Optional.empty();
        }
    }

    static String resultUrl(ServedTask task, String baseUrl) {
        ImageFormat format = task.result().format();
        return baseUrl + Routes.RESULTS_PREFIX + task.resultToken() + "." + format.defaultExtension();
    }
}
