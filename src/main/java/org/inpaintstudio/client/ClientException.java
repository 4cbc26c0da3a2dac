package org.inpaintstudio.client;

import java.util.Locale;

/**
 * Why a task could not be run, with a message a designer can act on in English ({@link #getMessage()}) or another
 * language ({@link #message(Locale)}). The API key never appears in it.
 */
public abstract class ClientException extends Exception {
    private static final long serialVersionUID = 1L;

    private final boolean mayHaveBeenCreated;

    protected ClientException(boolean mayHaveBeenCreated, Throwable cause) {
        super(null, cause);
        this.mayHaveBeenCreated = mayHaveBeenCreated;
    }

    /** The message in {@code locale}; {@link Locale#ROOT} is English. */
    public abstract String message(Locale locale);

    @Override
    public String getMessage() {
        return message(Locale.ROOT);
    }

    /**
     * True when a create request failed after it was sent: the service may have accepted it and be running (and
     * billing) the task, so sending it again could run it twice.
     */
    public boolean mayHaveBeenCreated() {
        return mayHaveBeenCreated;
    }

    /** The message of {@code key}, followed by the "may have been created" warning when it applies. */
    protected final String format(Locale locale, String key, Object... args) {
        String text = ClientMessages.BUNDLE.format(locale, key, args);
        return mayHaveBeenCreated
                ? text + " " + ClientMessages.BUNDLE.format(locale, "error.may-have-been-created")
                : text;
    }
}
