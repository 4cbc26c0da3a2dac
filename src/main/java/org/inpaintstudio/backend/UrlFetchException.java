package org.inpaintstudio.backend;

import java.io.IOException;

/** An image_url or mask_url that could not be fetched; {@link #tooLarge()} tells -5 from -3. */
public final class UrlFetchException extends IOException {
    private static final long serialVersionUID = 1L;

    private final boolean tooLarge;

    private UrlFetchException(String message, boolean tooLarge, Throwable cause) {
        super(message, cause);
        this.tooLarge = tooLarge;
    }

    static UrlFetchException failed(String message) {
        return new UrlFetchException(message, false, null);
    }

    static UrlFetchException failed(String message, Throwable cause) {
        return new UrlFetchException(message, false, cause);
    }

    static UrlFetchException tooLarge(String message) {
        return new UrlFetchException(message, true, null);
    }

    /** True when the download went over the size cap (state -5); otherwise it failed (state -3). */
    public boolean tooLarge() {
        return tooLarge;
    }
}
