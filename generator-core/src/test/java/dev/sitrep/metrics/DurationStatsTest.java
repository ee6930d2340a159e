package dev.sitrep.metrics;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DurationStatsTest {

    private static List<Duration> minutes(long... values) {
        return java.util.Arrays.stream(values).mapToObj(Duration::ofMinutes).toList();
    }

    @Test
    void evenCountMedianIsTheMeanOfTheMiddleTwo() {
        DurationStats stats = DurationStats.of(minutes(30, 2, 20, 10), Optional.of(Duration.ofMinutes(15)));

        assertEquals(4, stats.count());
        assertEquals(Optional.of(Duration.ofSeconds(15 * 60 + 30)), stats.mean());
        assertEquals(Optional.of(Duration.ofMinutes(15)), stats.median());
        assertEquals(Optional.of(Duration.ofMinutes(30)), stats.p90()); // rank ceil(3.6) = 4
        assertEquals(2, stats.withinTarget());
        assertEquals(Optional.of(0.5), stats.withinTargetRate());
    }

    @Test
    void ninetiethPercentileIsNearestRank() {
        DurationStats ten = DurationStats.of(minutes(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), Optional.empty());
        DurationStats eleven = DurationStats.of(minutes(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11), Optional.empty());
        DurationStats twenty = DurationStats.of(minutes(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18,
                19, 20), Optional.empty());

        assertEquals(Optional.of(Duration.ofMinutes(9)), ten.p90()); // rank 9
        assertEquals(Optional.of(Duration.ofMinutes(10)), eleven.p90()); // rank ceil(9.9) = 10
        assertEquals(Optional.of(Duration.ofMinutes(6)), eleven.median());
        assertEquals(Optional.of(Duration.ofMinutes(18)), twenty.p90()); // rank 18
        assertEquals(Optional.empty(), ten.withinTargetRate());
    }

    @Test
    void targetIsInclusive() {
        DurationStats stats = DurationStats.of(minutes(15), Optional.of(Duration.ofMinutes(15)));

        assertEquals(1, stats.withinTarget());
        assertEquals(Optional.of(Duration.ofMinutes(15)), stats.p90());
    }

    @Test
    void noValuesGiveNoFigures() {
        DurationStats stats = DurationStats.of(List.of(), Optional.of(Duration.ofMinutes(15)));

        assertEquals(0, stats.count());
        assertEquals(Optional.empty(), stats.mean());
        assertEquals(Optional.empty(), stats.median());
        assertEquals(Optional.empty(), stats.p90());
        assertEquals(Optional.empty(), stats.withinTargetRate());
    }
}
