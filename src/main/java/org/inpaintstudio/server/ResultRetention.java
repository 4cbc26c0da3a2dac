package org.inpaintstudio.server;

import java.time.Duration;

/**
 * How long and how many finished tasks are kept: each for {@code ttl} after it finished (API.md: one hour), and
 * never more than {@code maxTasks} of them or {@code maxBytes} of results on disk, the oldest going first, so
 * memory and disk stay bounded however long the server runs.
 */
public record ResultRetention(Duration ttl, int maxTasks, long maxBytes) {
    public static final ResultRetention DEFAULT = new ResultRetention(Duration.ofHours(1), 10_000, 2L << 30);

    public ResultRetention {
        if (ttl.isNegative() || ttl.isZero() || maxTasks < 1 || maxBytes < 1) {
            throw new IllegalArgumentException(
                    "retention must be positive: " + ttl + ", " + maxTasks + ", " + maxBytes);
        }
    }

    /** How often expired tasks are looked for: a quarter of the time to live, at most a minute. */
    Duration sweepInterval() {
        Duration quarter = ttl.dividedBy(4);
        return quarter.compareTo(Duration.ofMinutes(1)) > 0
                ? Duration.ofMinutes(1)
                : quarter.compareTo(Duration.ofMillis(10)) < 0 ? Duration.ofMillis(10) : quarter;
    }
}
