package org.inpaintstudio.batch;

/** A batch cannot start: a folder is missing or unreadable, or the output would overwrite the input. */
public final class BatchSetupException extends Exception {
    private static final long serialVersionUID = 1L;

    public BatchSetupException(String message) {
        super(message);
    }
}
