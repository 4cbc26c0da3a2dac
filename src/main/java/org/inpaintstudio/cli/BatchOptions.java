package org.inpaintstudio.cli;

import java.time.Duration;
import org.inpaintstudio.backend.RemoteServiceSettings;
import org.inpaintstudio.batch.BatchSpec;

/**
 * The options of {@code batch}, read and checked.
 *
 * @param service the remote service (its toString hides the key), or null for the offline engine
 * @param timeout how long each photo may take on a remote service, waits for "slow down" answers included
 */
record BatchOptions(BatchSpec spec, RemoteServiceSettings service, int jobs, Duration timeout) {
    boolean remote() {
        return service != null;
    }
}
