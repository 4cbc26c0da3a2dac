package org.inpaintstudio.api;

/** The limits of API.md, in one place for the validator, the client and the server. */
public final class ApiLimits {
    /**
     * "At most 15 MB (15 MB included) as received": read as 15 MiB, 15 * 1024 * 1024 bytes, the larger reading,
     * so a file the service accepts is never refused here; the local server uses the same figure.
     */
    public static final long MAX_IMAGE_BYTES = 15L * 1024 * 1024;

    public static final int MAX_SIDE = 4096;
    public static final int MAX_RECTANGLES = 50;
    public static final int MAX_URL_LENGTH = 512;
    /** The service's default rate per API key. */
    public static final double DEFAULT_QPS = 2.0;
    /** Processing longer than this ends the task with {@link TaskState#TIMED_OUT}. */
    public static final int MAX_PROCESSING_SECONDS = 30;

    private ApiLimits() {}
}
