package org.inpaintstudio.client;

import org.inpaintstudio.api.ApiKeyFormat;

/**
 * The service's API key. It goes into the {@code X-API-KEY} header and nowhere else: {@link #toString()} hides it,
 * and answers that echo it are scrubbed before they become messages.
 */
public final class ApiKey {
    private static final ApiKey NONE = new ApiKey("");
    private static final String HIDDEN = "[api key]";

    private final String value;

    private ApiKey(String value) {
        this.value = value;
    }

    /**
     * A key, or {@link #none()} when {@code value} is null or blank; white space around it is dropped
     * ({@link ApiKeyFormat#trim}).
     *
     * @throws IllegalArgumentException when it holds a character a header cannot carry; the message says which,
     *     and never contains the key
     */
    public static ApiKey of(String value) {
        String key = value == null ? "" : ApiKeyFormat.trim(value);
        if (key.isEmpty()) {
            return NONE;
        }
        ApiKeyFormat.problem(key).ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
        return new ApiKey(key);
    }

    public static ApiKey none() {
        return NONE;
    }

    public boolean isPresent() {
        return !value.isEmpty();
    }

    /** The header value; package-private so only the client reads it. */
    String value() {
        return value;
    }

    /** {@code text} with every occurrence of the key replaced, for anything that may be shown or logged. */
    public String redact(String text) {
        return text == null || value.isEmpty() ? text : text.replace(value, HIDDEN);
    }

    @Override
    public String toString() {
        return isPresent() ? "ApiKey[set]" : "ApiKey[none]";
    }
}
