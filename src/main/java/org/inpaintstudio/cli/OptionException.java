package org.inpaintstudio.cli;

/** A command-line option that is missing, unknown or has a bad value; the message says which and what to do. */
final class OptionException extends Exception {
    private static final long serialVersionUID = 1L;

    OptionException(String message) {
        super(message);
    }
}
