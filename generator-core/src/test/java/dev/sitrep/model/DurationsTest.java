package dev.sitrep.model;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DurationsTest {

    @Test
    void usesTheTwoLargestUnitsAndLeavesOutZeroUnits() {
        assertEquals("3d 4h", Durations.human(Duration.ofDays(3).plusHours(4).plusMinutes(59)));
        assertEquals("20h 8m", Durations.human(Duration.ofHours(20).plusMinutes(8).plusSeconds(30)));
        assertEquals("2h", Durations.human(Duration.ofHours(2)));
        assertEquals("2d", Durations.human(Duration.ofDays(2)));
        assertEquals("22m", Durations.human(Duration.ofMinutes(22)));
        assertEquals("1h 25m", Durations.human(Duration.ofMinutes(85)));
        assertEquals("40s", Durations.human(Duration.ofSeconds(40)));
        assertEquals("0s", Durations.human(Duration.ZERO));
        assertEquals("-1h 5m", Durations.human(Duration.ofMinutes(-65)));
    }

    @Test
    void aValueJustOverATargetNeverReadsLikeTheTarget() {
        // "acknowledged 1d after detection, over the P3 target of 1d" would read like a false positive
        assertEquals("1d 6m", Durations.human(Duration.ofDays(1).plusMinutes(6)));
        assertEquals("2d 5m", Durations.human(Duration.ofDays(2).plusMinutes(5)));
        assertEquals("1h 30s", Durations.human(Duration.ofHours(1).plusSeconds(30)));
        assertEquals("2d 30m", Durations.human(Duration.ofHours(48).plusMinutes(30).plusSeconds(5)));
    }

    @Test
    void instantsAreUtcToTheSecond() {
        assertEquals("2026-11-05T15:40:00Z", Durations.instant(Instant.parse("2026-11-05T16:40:00.250+01:00")));
    }
}
