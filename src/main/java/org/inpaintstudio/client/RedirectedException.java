package org.inpaintstudio.client;

import java.util.Locale;

/**
 * The service answered an API call with a redirect (3xx). It is not followed: the key may go only to the address
 * the user set, and a POST must not silently become a GET. The user is told where it pointed, so they can set the
 * service URL to it if they trust it. Nothing was created.
 */
public final class RedirectedException extends ClientException {
    private static final long serialVersionUID = 1L;

    private final String service;
    private final int httpStatus;
    private final String target;

    /**
     * @param service the service's URL, fit for a message
     * @param target the suggested service URL, fit for a message; null when the answer named none (a 304)
     */
    RedirectedException(String service, int httpStatus, String target) {
        super(false, null);
        this.service = service;
        this.httpStatus = httpStatus;
        this.target = target;
    }

    public int httpStatus() {
        return httpStatus;
    }

    /** Where the service pointed, as a service URL without credentials; null when it named no place. */
    public String target() {
        return target;
    }

    @Override
    public String message(Locale locale) {
        return target == null
                ? format(locale, "error.redirected.nowhere", service, String.valueOf(httpStatus))
                : format(locale, "error.redirected", service, String.valueOf(httpStatus), target);
    }
}
