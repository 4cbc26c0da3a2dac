package org.inpaintstudio.api;

/** An answer that is not the JSON of API.md: not JSON at all, a missing field, a state code the API lacks. */
public final class ApiFormatException extends Exception {
    private static final long serialVersionUID = 1L;

    public ApiFormatException(String message) {
        super(message);
    }

    public ApiFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
