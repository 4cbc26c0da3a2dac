package org.inpaintstudio.client;

import java.util.Arrays;
import java.util.Objects;
import org.inpaintstudio.api.TaskStatus;

/**
 * A finished task and its result image as the service sent it (PNG or JPEG bytes).
 *
 * @param status the final status, state {@link org.inpaintstudio.api.TaskState#DONE}
 */
public record TaskResult(TaskStatus status, byte[] image) {
    public TaskResult {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(image, "image");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TaskResult other && status.equals(other.status) && Arrays.equals(image, other.image);
    }

    @Override
    public int hashCode() {
        return 31 * status.hashCode() + Arrays.hashCode(image);
    }

    @Override
    public String toString() {
        return "TaskResult[" + status + ", " + image.length + " bytes]";
    }
}
