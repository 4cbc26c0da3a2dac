package org.inpaintstudio.server;

/**
 * A request the server turns down: the HTTP status (repeated as the JSON status), a message saying what to do,
 * and for 429 how many seconds to wait (sent as Retry-After).
 */
final class RequestRefused extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final long retryAfterSeconds;

    RequestRefused(int status, String message) {
        this(status, message, 0);
    }

    private RequestRefused(int status, String message, long retryAfterSeconds) {
        super(message, null, false, false);
        this.status = status;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    static RequestRefused badRequest(String message) {
        return new RequestRefused(400, message);
    }

    static RequestRefused tooLarge(String message) {
        return new RequestRefused(413, message);
    }

    static RequestRefused tooManyRequests(String message, long retryAfterSeconds) {
        return new RequestRefused(429, message, retryAfterSeconds);
    }

    int status() {
        return status;
    }

    /** Seconds for Retry-After, or 0 when there is nothing to wait for. */
    long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
