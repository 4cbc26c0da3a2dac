package org.inpaintstudio.cli;

/** Process exit codes, distinct per kind of failure so scripts can tell them apart. */
public final class ExitCode {
    public static final int OK = 0;
    /** A file, option or value given on the command line is wrong. */
    public static final int BAD_INPUT = 2;
    /** The service refused the request (4xx other than rate limiting). */
    public static final int REFUSED = 3;
    /** The task ran and ended in a failure state. */
    public static final int TASK_FAILED = 4;
    /** The service could not be reached, or kept failing. */
    public static final int NETWORK = 5;
    /** Writing the result failed (disk full, no permission). */
    public static final int OUTPUT = 6;
    /** Cancelled by the user (Ctrl+C). */
    public static final int CANCELLED = 130;

    private ExitCode() {}
}
