package org.inpaintstudio.api;

/**
 * The JSON answer of the service: {@code status} and {@code message}, and the task in {@code data} when there is
 * one.
 *
 * @param task null when the answer carries no {@code data} (a refused request)
 */
public record ApiAnswer(int status, String message, TaskStatus task) {
    public boolean isAccepted() {
        return status == ApiStatus.OK.code();
    }

    public ApiError toError() {
        return new ApiError(status, message);
    }
}
