package org.inpaintstudio.client;

import java.io.IOException;

/**
 * An image_url or mask_url that could not be fetched; {@link #tooLarge()} tells -5 from -3.
 *
 * <p>A failure has one message whatever the cause (a refused address, a closed port, a 404, a time-out), so the
 * answers of a server tell a client nothing about the networks behind it. {@link #detail()} says what happened,
 * for tests and the operator, never for the client.
 */
public final class UrlFetchException extends IOException {
    private static final long serialVersionUID = 1L;
    static final String FAILED = "could not be downloaded: the address is not allowed, did not answer, or did not"
            + " send a file in time. Use a public http(s) URL, or send the file itself";

    private final boolean tooLarge;
    private final String detail;

    private UrlFetchException(String message, String detail, boolean tooLarge, Throwable cause) {
        super(message, cause);
        this.tooLarge = tooLarge;
        this.detail = detail;
    }

    static UrlFetchException failed(String detail) {
        return new UrlFetchException(FAILED, detail, false, null);
    }

    static UrlFetchException failed(String detail, Throwable cause) {
        return new UrlFetchException(FAILED, detail, false, cause);
    }

    static UrlFetchException tooLarge(String message) {
        return new UrlFetchException(message, message, true, null);
    }

    /** True when the download went over the size cap (state -5); otherwise it failed (state -3). */
    public boolean tooLarge() {
        return tooLarge;
    }

    /** What went wrong, host and all: for the operator's eyes, not for an API answer. */
    public String detail() {
        return detail;
    }
}
