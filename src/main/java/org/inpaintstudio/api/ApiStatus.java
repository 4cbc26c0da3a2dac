package org.inpaintstudio.api;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The HTTP status of an answer, which the JSON {@code status} repeats. 200 only says the request was accepted:
 * whether the repair worked is in the task's {@link TaskState}.
 */
public enum ApiStatus {
    OK(200),
    BAD_REQUEST(400),
    UNAUTHORIZED(401),
    NOT_FOUND(404),
    PAYLOAD_TOO_LARGE(413),
    TOO_MANY_REQUESTS(429),
    SERVER_ERROR(500);

    private final int code;

    ApiStatus(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    public String meaning(Locale locale) {
        return ApiMessages.BUNDLE.format(locale, "status." + code + ".meaning");
    }

    /** What to do about it, in words a designer can follow. */
    public String advice(Locale locale) {
        return ApiMessages.BUNDLE.format(locale, "status." + code + ".advice");
    }

    public static Optional<ApiStatus> fromCode(int code) {
        return Arrays.stream(values()).filter(s -> s.code == code).findFirst();
    }

    /**
     * The row of the table that an answer falls under: its own, or for a code the API does not list (a proxy's 502,
     * a 403) {@link #SERVER_ERROR} for 5xx, {@link #UNAUTHORIZED} for 403 and {@link #BAD_REQUEST} for other 4xx.
     */
    public static ApiStatus classify(int httpStatus) {
        return fromCode(httpStatus).orElseGet(() -> {
            if (httpStatus >= 500) {
                return SERVER_ERROR;
            }
            if (httpStatus == 403) {
                return UNAUTHORIZED;
            }
            if (httpStatus >= 400) {
                return BAD_REQUEST;
            }
            throw new IllegalArgumentException("HTTP " + httpStatus + " is not an error status");
        });
    }
}
