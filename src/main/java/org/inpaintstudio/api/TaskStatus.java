package org.inpaintstudio.api;

import java.time.Instant;
import java.util.Objects;

/**
 * A task as the service reports it.
 *
 * @param taskId the service's id; null only for a result that came back as bare bytes (return_type 3)
 * @param progress 0 to 100: 100 when done, 0 on failure
 * @param createdAt null when the service did not say, like the other times
 * @param image the result: a download URL (return_type 1) or base64 (return_type 2); null until done
 * @param returnType how the result is given, null when the service did not say
 */
public record TaskStatus(
        String taskId,
        TaskState state,
        int progress,
        Instant createdAt,
        Instant processedAt,
        Instant completedAt,
        String image,
        ReturnType returnType) {
    private static final int SHOWN_IMAGE_CHARS = 80;

    public TaskStatus {
        Objects.requireNonNull(state, "state");
    }

    /** A status without times or result, as tests and local backends make them. */
    public static TaskStatus of(String taskId, TaskState state, int progress) {
        return new TaskStatus(taskId, state, progress, null, null, null, null, null);
    }

    public TaskStatus withImage(String image, ReturnType returnType) {
        return new TaskStatus(taskId, state, progress, createdAt, processedAt, completedAt, image, returnType);
    }

    /** Short: a base64 result can be megabytes long. */
    @Override
    public String toString() {
        String shownImage = image == null || image.length() <= SHOWN_IMAGE_CHARS
                ? image
                : image.substring(0, SHOWN_IMAGE_CHARS) + "... (" + image.length() + " characters)";
        return "TaskStatus[" + taskId + ", " + state + " (" + state.code() + "), " + progress + "%"
                + (shownImage == null ? "" : ", image=" + shownImage) + "]";
    }
}
