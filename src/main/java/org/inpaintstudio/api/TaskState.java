package org.inpaintstudio.api;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The {@code state} of a task, every code of the API.
 *
 * <p>A client polls until the state is {@link #DONE} or a failure (a negative code).
 */
public enum TaskState {
    DONE(1),
    QUEUED(0),
    PREPARING(2),
    WAITING(3),
    PROCESSING(4),
    REPAIR_FAILED(-1),
    RESULT_STORAGE_FAILED(-2),
    IMAGE_URL_DOWNLOAD_FAILED(-3),
    IMAGE_URL_TOO_LARGE(-5),
    INVALID_IMAGE(-7),
    TIMED_OUT(-8);

    private final int code;

    TaskState(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    /** Done or failed: polling stops. */
    public boolean isFinished() {
        return this == DONE || isFailure();
    }

    public boolean isFailure() {
        return code < 0;
    }

    /** What the state means, e.g. "processing" or "the image URL could not be downloaded". */
    public String meaning(Locale locale) {
        return ApiMessages.BUNDLE.format(locale, key() + ".meaning");
    }

    /** For a failure, what the user can do about it; for other states, an empty string. */
    public String advice(Locale locale) {
        return isFailure() ? ApiMessages.BUNDLE.format(locale, key() + ".advice") : "";
    }

    String key() {
        return "state." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<TaskState> fromCode(int code) {
        return Arrays.stream(values()).filter(s -> s.code == code).findFirst();
    }
}
