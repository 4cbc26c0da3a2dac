package org.inpaintstudio.client;

import java.util.Locale;

/** The task was done but its result URL refused the download: links expire after an hour. */
public final class ResultExpiredException extends ClientException {
    private static final long serialVersionUID = 1L;

    private final int httpStatus;

    ResultExpiredException(int httpStatus) {
        super(false, null);
        this.httpStatus = httpStatus;
    }

    public int httpStatus() {
        return httpStatus;
    }

    @Override
    public String message(Locale locale) {
        return format(locale, "error.result-expired", String.valueOf(httpStatus));
    }
}
