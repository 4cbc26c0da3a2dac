package org.inpaintstudio.client;

import java.time.Duration;
import java.util.Objects;
import org.inpaintstudio.api.ApiLimits;

/**
 * How to reach a service and how patient to be with it. Defaults suit the hosted service; tests shorten the waits.
 * {@link #toString()} never shows the key.
 */
public record ClientConfig(
        String baseUrl,
        ApiKey apiKey,
        double requestsPerSecond,
        Duration firstPoll,
        double pollGrowth,
        Duration maxPoll,
        Duration deadline,
        int maxRetries,
        Duration retryBase,
        Duration retryCap,
        Duration connectTimeout,
        Duration readTimeout,
        Duration syncReadTimeout) {

    public ClientConfig {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(apiKey, "apiKey");
        if (!(requestsPerSecond > 0)) {
            throw new IllegalArgumentException("requests per second must be positive, was " + requestsPerSecond);
        }
        if (pollGrowth < 1) {
            throw new IllegalArgumentException("poll growth must be at least 1, was " + pollGrowth);
        }
        if (maxRetries < 0) {
            throw new IllegalArgumentException("retries must not be negative, was " + maxRetries);
        }
    }

    /**
     * The defaults: 2 requests a second, polls from 300 ms growing by half up to 2 s, 120 s for the whole task, three
     * retries from 500 ms up to 8 s apart, and read time-outs that cover the service's 30 s of processing.
     */
    public static ClientConfig defaults(String baseUrl, ApiKey apiKey) {
        return new ClientConfig(
                baseUrl,
                apiKey,
                ApiLimits.DEFAULT_QPS,
                Duration.ofMillis(300),
                1.5,
                Duration.ofSeconds(2),
                Duration.ofSeconds(120),
                3,
                Duration.ofMillis(500),
                Duration.ofSeconds(8),
                Duration.ofSeconds(10),
                Duration.ofSeconds(30),
                Duration.ofSeconds(ApiLimits.MAX_PROCESSING_SECONDS + 30));
    }

    public ClientConfig withRequestsPerSecond(double value) {
        return new ClientConfig(
                baseUrl,
                apiKey,
                value,
                firstPoll,
                pollGrowth,
                maxPoll,
                deadline,
                maxRetries,
                retryBase,
                retryCap,
                connectTimeout,
                readTimeout,
                syncReadTimeout);
    }

    public ClientConfig withPolling(Duration first, double growth, Duration max) {
        return new ClientConfig(
                baseUrl,
                apiKey,
                requestsPerSecond,
                first,
                growth,
                max,
                deadline,
                maxRetries,
                retryBase,
                retryCap,
                connectTimeout,
                readTimeout,
                syncReadTimeout);
    }

    public ClientConfig withDeadline(Duration value) {
        return new ClientConfig(
                baseUrl,
                apiKey,
                requestsPerSecond,
                firstPoll,
                pollGrowth,
                maxPoll,
                value,
                maxRetries,
                retryBase,
                retryCap,
                connectTimeout,
                readTimeout,
                syncReadTimeout);
    }

    public ClientConfig withRetries(int count, Duration base, Duration cap) {
        return new ClientConfig(
                baseUrl,
                apiKey,
                requestsPerSecond,
                firstPoll,
                pollGrowth,
                maxPoll,
                deadline,
                count,
                base,
                cap,
                connectTimeout,
                readTimeout,
                syncReadTimeout);
    }

    public ClientConfig withTimeouts(Duration connect, Duration read, Duration syncRead) {
        return new ClientConfig(
                baseUrl,
                apiKey,
                requestsPerSecond,
                firstPoll,
                pollGrowth,
                maxPoll,
                deadline,
                maxRetries,
                retryBase,
                retryCap,
                connect,
                read,
                syncRead);
    }
}
