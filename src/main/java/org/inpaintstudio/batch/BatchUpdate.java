package org.inpaintstudio.batch;

/**
 * A change of one photo of a batch.
 *
 * @param progress 0-100 while running, 100 when done
 * @param reason why it was skipped or failed, else empty
 */
public record BatchUpdate(String name, BatchItemState state, int progress, String reason) {
    public BatchUpdate {
        reason = reason == null ? "" : reason;
    }
}
