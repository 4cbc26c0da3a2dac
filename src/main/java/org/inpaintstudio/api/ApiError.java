package org.inpaintstudio.api;

import java.util.Locale;

/**
 * A refused request: the HTTP status (which the JSON {@code status} repeats) and the service's own message, e.g.
 * {@code {"status":400,"message":"Invalid task type"}}.
 *
 * @param message the service's words, possibly empty; shown to the user as they are
 */
public record ApiError(int httpStatus, String message) {
    public ApiError {
        message = message == null ? "" : message.strip();
    }

    /** The row of API.md's status table this falls under. */
    public ApiStatus status() {
        return ApiStatus.classify(httpStatus);
    }

    /** "400 a parameter is missing or wrong (Invalid task type). Check ...", in the given language. */
    public String describe(Locale locale) {
        ApiStatus status = status();
        String serviceSays = message.isEmpty() ? "" : " (" + message + ")";
        return httpStatus + " " + status.meaning(locale) + serviceSays + ". " + status.advice(locale);
    }
}
