package org.inpaintstudio.client;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One {@link RateLimiter} per service, key and rate in this process, so that every client made for the same service
 * (one per batch job, the editor's, a connection test) shares it: the process as a whole never goes over the rate,
 * and a "slow down" answer seen by one holds back all of them. The map keeps a hash of the key, never the key.
 */
final class SharedRateLimits {
    private static final Map<Slot, RateLimiter> LIMITERS = new ConcurrentHashMap<>();

    private SharedRateLimits() {}

    static RateLimiter forService(String service, ApiKey key, double requestsPerSecond) {
        return LIMITERS.computeIfAbsent(
                new Slot(service, key.value().hashCode(), requestsPerSecond),
                slot -> new RateLimiter(requestsPerSecond));
    }

    private record Slot(String service, int keyHash, double requestsPerSecond) {}
}
