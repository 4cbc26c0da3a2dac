package org.inpaintstudio.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Retry-After, the back-off and the poll schedule. */
class WaitsTest {
    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    @Test
    void retryAfterReadsSecondsAndHttpDates() {
        assertEquals(Optional.of(Duration.ofSeconds(7)), RetryAfter.parse(" 7 ", NOW));
        assertEquals(Optional.of(Duration.ofSeconds(30)), RetryAfter.parse("Sun, 01 Mar 2026 10:00:30 GMT", NOW));
        assertEquals(Optional.of(Duration.ZERO), RetryAfter.parse("Sun, 01 Mar 2026 09:59:00 GMT", NOW));
        assertEquals(Optional.of(Duration.ZERO), RetryAfter.parse("-3", NOW));
        assertEquals(Optional.empty(), RetryAfter.parse("soon", NOW));
        assertEquals(Optional.empty(), RetryAfter.parse(null, NOW));
    }

    @Test
    void backoffDoublesUpToTheCapWithFullJitter() {
        Backoff low = new Backoff(Duration.ofMillis(100), Duration.ofMillis(1000), () -> 0.0);
        Backoff half = new Backoff(Duration.ofMillis(100), Duration.ofMillis(1000), () -> 0.5);
        Backoff high = new Backoff(Duration.ofMillis(100), Duration.ofMillis(1000), () -> 0.999999);

        assertEquals(0, low.delayNanos(3));
        assertEquals(50, half.delayNanos(0) / 1_000_000);
        assertEquals(100, half.delayNanos(1) / 1_000_000);
        assertEquals(200, half.delayNanos(2) / 1_000_000);
        assertEquals(500, half.delayNanos(10) / 1_000_000);
        assertEquals(500, half.delayNanos(200) / 1_000_000);
        assertTrue(high.delayNanos(3) / 1_000_000 >= 799 && high.delayNanos(3) / 1_000_000 <= 800);
    }

    @Test
    void aDelayTheServiceNamedIsNeverShortenedAndGetsAtMostOneBaseStepMore() {
        Backoff low = new Backoff(Duration.ofMillis(100), Duration.ofMillis(1000), () -> 0.0);
        Backoff high = new Backoff(Duration.ofMillis(100), Duration.ofMillis(1000), () -> 0.999999);
        long twoSeconds = Duration.ofSeconds(2).toNanos();

        assertEquals(2000, low.afterServerDelayNanos(twoSeconds) / 1_000_000);
        assertEquals(2099, high.afterServerDelayNanos(twoSeconds) / 1_000_000);
    }

    @Test
    void pollsStartShortAndGrowToTheCap() {
        PollSchedule schedule = new PollSchedule(Duration.ofMillis(300), 1.5, Duration.ofSeconds(1));

        long[] waits = new long[5];
        for (int i = 0; i < waits.length; i++) {
            waits[i] = schedule.nextDelayNanos() / 1_000_000;
        }

        assertEquals(300, waits[0]);
        assertEquals(450, waits[1]);
        assertEquals(675, waits[2]);
        assertEquals(1000, waits[3]);
        assertEquals(1000, waits[4]);
    }
}
