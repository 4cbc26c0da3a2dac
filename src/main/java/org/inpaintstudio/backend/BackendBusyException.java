package org.inpaintstudio.backend;

/** The backend's queue is full; the task was not started. Try again in a moment. */
public final class BackendBusyException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int queueCapacity;

    public BackendBusyException(int queueCapacity) {
        super("the queue is full (" + queueCapacity + " tasks waiting); try again in a moment");
        this.queueCapacity = queueCapacity;
    }

    public int queueCapacity() {
        return queueCapacity;
    }
}
