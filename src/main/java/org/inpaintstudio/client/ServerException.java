package org.inpaintstudio.client;

import java.util.Locale;

/** The service failed: a 5xx answer, or an answer that is not the API's JSON. */
public final class ServerException extends ClientException {
    private static final long serialVersionUID = 1L;

    /** Stands for "no status": the answer could not be read. */
    static final int UNREADABLE = 0;

    private final int httpStatus;
    private final String detail;

    ServerException(int httpStatus, String detail, boolean mayHaveBeenCreated, Throwable cause) {
        super(mayHaveBeenCreated, cause);
        this.httpStatus = httpStatus;
        this.detail = detail == null ? "" : detail;
    }

    /** The HTTP status, or 0 when the answer itself could not be read. */
    public int httpStatus() {
        return httpStatus;
    }

    @Override
    public String message(Locale locale) {
        return httpStatus == UNREADABLE
                ? format(locale, "error.unreadable", detail)
                : format(locale, "error.server", String.valueOf(httpStatus), detail.isEmpty() ? "-" : detail);
    }
}
