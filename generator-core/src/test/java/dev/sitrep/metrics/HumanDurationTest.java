package dev.sitrep.metrics;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;

class HumanDurationTest {

    @Test
    void twoLargestUnits() {
        assertEquals("1h 25m", HumanDuration.format(Duration.ofMinutes(85)));
        assertEquals("3d 4h", HumanDuration.format(Duration.ofHours(76).plusMinutes(59)));
        assertEquals("22m", HumanDuration.format(Duration.ofMinutes(22)));
        assertEquals("45s", HumanDuration.format(Duration.ofSeconds(45)));
        assertEquals("2m 5s", HumanDuration.format(Duration.ofSeconds(125)));
        assertEquals("1h 25m", HumanDuration.format(Duration.ofSeconds(85 * 60 + 59)));
    }

    @Test
    void zeroUnitsAreNotShownAndDoNotSkipToSmallerOnes() {
        assertEquals("3d", HumanDuration.format(Duration.ofDays(3).plusMinutes(5)));
        assertEquals("2h", HumanDuration.format(Duration.ofHours(2)));
        assertEquals("0m", HumanDuration.format(Duration.ZERO));
        assertEquals("0m", HumanDuration.format(Duration.ofMillis(999)));
    }

    @Test
    void negative() {
        assertEquals("-1h 5m", HumanDuration.format(Duration.ofMinutes(-65)));
    }
}
