package org.inpaintstudio.client;

import java.io.IOException;
import java.util.Locale;

/** The service could not be reached, or the connection broke. */
public final class NetworkException extends ClientException {
    private static final long serialVersionUID = 1L;

    private final String service;

    NetworkException(String service, IOException cause, boolean mayHaveBeenCreated) {
        super(mayHaveBeenCreated, cause);
        this.service = service;
    }

    @Override
    public String message(Locale locale) {
        String reason = getCause().getMessage() == null
                ? getCause().getClass().getSimpleName()
                : getCause().getMessage();
        return format(locale, "error.network", service, reason);
    }
}
