package dev.sitrep.model;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DurationsTest {

    @Test
    void twoLargestUnitsRoundedDown() {
        assertEquals("3d 4h", Durations.human(Duration.ofHours(76).plusMinutes(59)));
        assertEquals("20h 8m", Durations.human(Duration.ofHours(20).plusMinutes(8).plusSeconds(59)));
        assertEquals("22m", Durations.human(Duration.ofMinutes(22)));
        assertEquals("1h 25m", Durations.human(Duration.ofMinutes(85)));
    }

    @Test
    void zeroSecondUnitIsLeftOut() {
        assertEquals("2d", Durations.human(Duration.ofHours(48).plusMinutes(30)));
        assertEquals("1h", Durations.human(Duration.ofMinutes(60)));
    }

    @Test
    void shortAndNegativeDurations() {
        assertEquals("0m", Durations.human(Duration.ZERO));
        assertEquals("45s", Durations.human(Duration.ofSeconds(45)));
        assertEquals("-1h 5m", Durations.human(Duration.ofMinutes(-65)));
    }

    @Test
    void instantsAreUtcToTheSecond() {
        assertEquals("2026-11-05T15:40:00Z", Durations.instant(Instant.parse("2026-11-05T16:40:00.250+01:00")));
    }
}
