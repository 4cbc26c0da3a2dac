package org.inpaintstudio.backend;

import org.inpaintstudio.client.ClientNotice;

/**
 * Something the user should hear while a task runs that is not a state of the task: the service asked to slow
 * down, a status check is retried, asynchronous tasks fell back to sync, or a photo too large for the service is
 * sent as crops around its masked regions.
 *
 * @param regions for {@link Kind#REGIONS_CROPPED}, how many crops are sent; 0 otherwise
 */
public record TaskNotice(Kind kind, int regions) {
    public enum Kind {
        RATE_LIMITED,
        RETRYING,
        SYNC_FALLBACK,
        REGIONS_CROPPED
    }

    public static TaskNotice of(Kind kind) {
        return new TaskNotice(kind, 0);
    }

    public static TaskNotice regionsCropped(int regions) {
        return new TaskNotice(Kind.REGIONS_CROPPED, regions);
    }

    static TaskNotice from(ClientNotice notice) {
        return switch (notice) {
            case RATE_LIMITED -> of(Kind.RATE_LIMITED);
            case RETRYING -> of(Kind.RETRYING);
            case SYNC_FALLBACK -> of(Kind.SYNC_FALLBACK);
        };
    }
}
