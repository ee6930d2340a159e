package dev.sitrep.model;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DurationsTest {

    @Test
    void usesTheTwoLargestUnitsAndLeavesOutZeroUnits() {
        assertEquals("3d 4h", Durations.human(Duration.ofDays(3).plusHours(4).plusMinutes(59)));
        assertEquals("2d", Durations.human(Duration.ofDays(2).plusMinutes(5)));
        assertEquals("20h 8m", Durations.human(Duration.ofHours(20).plusMinutes(8).plusSeconds(30)));
        assertEquals("2h", Durations.human(Duration.ofHours(2)));
        assertEquals("22m", Durations.human(Duration.ofMinutes(22)));
        assertEquals("40s", Durations.human(Duration.ofSeconds(40)));
        assertEquals("0s", Durations.human(Duration.ZERO));
        assertEquals("-1h 5m", Durations.human(Duration.ofMinutes(-65)));
    }
}
