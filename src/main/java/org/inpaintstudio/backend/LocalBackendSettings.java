package org.inpaintstudio.backend;

import java.time.Duration;
import org.inpaintstudio.api.ApiLimits;
import org.inpaintstudio.client.HostAllowList;

/**
 * How a {@link LocalBackend} runs: the service's limits by default, shorter ones in tests.
 *
 * @param workers tasks processed at the same time
 * @param maxQueue tasks that may wait for a worker; more are refused with {@link BackendBusyException}
 * @param processingLimit how long the engine may work on one task before it is stopped and the task ends in -8
 * @param fetchTimeout how long downloading one image_url or mask_url may take, redirects included
 * @param maxImageBytes the largest image or mask accepted, as received or downloaded
 * @param maxSide the largest width and height accepted
 * @param allowUrlHosts the hosts image_url may name (empty: any); a host named here may have a private address
 * @param allowPrivateUrls whether image_url may reach loopback, private, link-local, unique-local and multicast
 *     addresses; off by default, since a server would otherwise fetch from its own networks for any client
 */
public record LocalBackendSettings(
        int workers,
        int maxQueue,
        Duration processingLimit,
        Duration fetchTimeout,
        long maxImageBytes,
        int maxSide,
        HostAllowList allowUrlHosts,
        boolean allowPrivateUrls) {
    public static final Duration FETCH_TIMEOUT = Duration.ofSeconds(10);

    public LocalBackendSettings {
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be at least 1, was " + workers);
        }
        if (maxQueue < 0) {
            throw new IllegalArgumentException("the queue size must not be negative, was " + maxQueue);
        }
    }

    /** The service's limits, one worker per two processor cores, and 16 waiting tasks. */
    public static LocalBackendSettings defaults() {
        return new LocalBackendSettings(
                defaultWorkers(),
                16,
                Duration.ofSeconds(ApiLimits.MAX_PROCESSING_SECONDS),
                FETCH_TIMEOUT,
                ApiLimits.MAX_IMAGE_BYTES,
                ApiLimits.MAX_SIDE,
                HostAllowList.any(),
                false);
    }

    public static int defaultWorkers() {
        return Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
    }

    public LocalBackendSettings withWorkers(int workers) {
        return new LocalBackendSettings(
                workers,
                maxQueue,
                processingLimit,
                fetchTimeout,
                maxImageBytes,
                maxSide,
                allowUrlHosts,
                allowPrivateUrls);
    }

    public LocalBackendSettings withMaxQueue(int maxQueue) {
        return new LocalBackendSettings(
                workers,
                maxQueue,
                processingLimit,
                fetchTimeout,
                maxImageBytes,
                maxSide,
                allowUrlHosts,
                allowPrivateUrls);
    }

    public LocalBackendSettings withProcessingLimit(Duration processingLimit) {
        return new LocalBackendSettings(
                workers,
                maxQueue,
                processingLimit,
                fetchTimeout,
                maxImageBytes,
                maxSide,
                allowUrlHosts,
                allowPrivateUrls);
    }

    public LocalBackendSettings withFetchTimeout(Duration fetchTimeout) {
        return new LocalBackendSettings(
                workers,
                maxQueue,
                processingLimit,
                fetchTimeout,
                maxImageBytes,
                maxSide,
                allowUrlHosts,
                allowPrivateUrls);
    }

    public LocalBackendSettings withAllowUrlHosts(HostAllowList allowUrlHosts) {
        return new LocalBackendSettings(
                workers,
                maxQueue,
                processingLimit,
                fetchTimeout,
                maxImageBytes,
                maxSide,
                allowUrlHosts,
                allowPrivateUrls);
    }

    /** For the user's own fetches (the editor, the command line offline): their machine, their networks. */
    public LocalBackendSettings withAllowPrivateUrls(boolean allowPrivateUrls) {
        return new LocalBackendSettings(
                workers,
                maxQueue,
                processingLimit,
                fetchTimeout,
                maxImageBytes,
                maxSide,
                allowUrlHosts,
                allowPrivateUrls);
    }
}
