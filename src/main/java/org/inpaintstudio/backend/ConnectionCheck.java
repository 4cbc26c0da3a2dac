package org.inpaintstudio.backend;

import java.io.IOException;
import java.time.Duration;
import org.inpaintstudio.client.ApiKey;
import org.inpaintstudio.client.ServiceProbe;

/**
 * The settings' "Test connection": one real request to the service, sorted into what a person can fix. Blocks for
 * at most the time-out; call it off the UI thread.
 */
public final class ConnectionCheck {
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    /** What the check found; only {@link #OK} means tasks can be sent. */
    public enum Result {
        OK,
        INVALID_URL,
        UNREACHABLE,
        TLS,
        UNAUTHORIZED,
        NOT_FOUND,
        SERVER_ERROR,
        NOT_THE_API,
        /** A 3xx: the detail is where it points; the key was not sent there. */
        REDIRECTED,
        /** The key has a character a header cannot carry; the detail says which (never the key). */
        INVALID_KEY
    }

    /**
     * @param httpStatus the service's status, 0 when it did not answer
     * @param detail the service's message or the network error, for the curious; never the key
     */
    public record Report(Result result, int httpStatus, String detail) {}

    private ConnectionCheck() {}

    public static Report run(RemoteServiceSettings settings) {
        ApiKey key;
        try {
            key = ApiKey.of(settings.apiKey());
        } catch (IllegalArgumentException e) {
            return new Report(Result.INVALID_KEY, 0, e.getMessage());
        }
        ServiceProbe.Answer answer;
        try {
            answer = ServiceProbe.probe(settings.baseUrl(), key, TIMEOUT);
        } catch (IllegalArgumentException e) {
            return new Report(Result.INVALID_URL, 0, key.redact(e.getMessage()));
        } catch (IOException e) {
            return new Report(network(e), 0, key.redact(describe(e)));
        }
        int status = answer.httpStatus();
        Result result;
        if (status == 400 || status == 429) {
            result = Result.OK; // the key passed and the API refused the empty create, as it should
        } else if (status == 401 || status == 403) {
            result = Result.UNAUTHORIZED;
        } else if (status == 404) {
            result = Result.NOT_FOUND;
        } else if (status >= 300 && status < 400) {
            result = Result.REDIRECTED;
        } else if (status >= 500) {
            result = Result.SERVER_ERROR;
        } else {
            result = Result.NOT_THE_API;
        }
        return new Report(result, status, answer.message());
    }

    /** A failed handshake or untrusted certificate is TLS; refused, unknown host, time-out and the rest unreachable. */
    private static Result network(IOException e) {
        return TaskProblem.isTls(e) ? Result.TLS : Result.UNREACHABLE;
    }

    private static String describe(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
