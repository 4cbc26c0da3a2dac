package org.inpaintstudio.client;

import java.util.Locale;

/** Something the user should know while a task runs, which is not a state of the task. */
public enum ClientNotice {
    /** The service refused asynchronous tasks; the client now sends them synchronously (no progress steps). */
    SYNC_FALLBACK,
    /** The service asked to slow down (429); the client waits and tries again. */
    RATE_LIMITED,
    /** A status check or download failed on the way; the client tries again. */
    RETRYING;

    public String message(Locale locale) {
        return ClientMessages.BUNDLE.format(
                locale, "notice." + name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }
}
