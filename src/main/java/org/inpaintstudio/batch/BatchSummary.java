package org.inpaintstudio.batch;

import java.util.List;

/**
 * How a batch ended: how many photos were filled (by this run and by earlier ones) and the final update of every
 * photo that was not, with its reason.
 */
public record BatchSummary(int done, int alreadyDone, List<BatchUpdate> notDone) {
    public BatchSummary {
        notDone = List.copyOf(notDone);
    }

    /** Every photo of the folder has its result. */
    public boolean allDone() {
        return notDone.isEmpty();
    }

    public long count(BatchItemState state) {
        return notDone.stream().filter(u -> u.state() == state).count();
    }
}
