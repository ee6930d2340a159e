package dev.sitrep.metrics;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Summary statistics of a set of durations, optionally against a target.
 *
 * <p>The mean is the sum divided by the count (truncated to the nanosecond); the median is the middle value, or the
 * mean of the two middle values for an even count; the 90th percentile uses the nearest-rank method: the value at
 * rank {@code ceil(0.9 * count)} of the sorted values. All are empty when there are no values.
 *
 * @param withinTarget how many values are at most the target (0 without a target)
 */
public record DurationStats(int count, Optional<Duration> mean, Optional<Duration> median, Optional<Duration> p90,
                            Optional<Duration> target, int withinTarget) {

    public DurationStats {
        Objects.requireNonNull(mean, "mean");
        Objects.requireNonNull(median, "median");
        Objects.requireNonNull(p90, "p90");
        Objects.requireNonNull(target, "target");
        if (count < 0 || withinTarget < 0 || withinTarget > count) {
            throw new IllegalArgumentException("bad counts: " + withinTarget + " of " + count);
        }
    }

    /** The statistics of {@code values} against {@code target}. */
    public static DurationStats of(List<Duration> values, Optional<Duration> target) {
        List<Duration> sorted = new ArrayList<>(values);
        sorted.sort(null);
        int n = sorted.size();
        if (n == 0) {
            return new DurationStats(0, Optional.empty(), Optional.empty(), Optional.empty(), target, 0);
        }
        Duration sum = Duration.ZERO;
        for (Duration d : sorted) {
            sum = sum.plus(d);
        }
        Duration median = n % 2 == 1 ? sorted.get(n / 2)
                : sorted.get(n / 2 - 1).plus(sorted.get(n / 2)).dividedBy(2);
        int rank = (9 * n + 9) / 10; // ceil(0.9 * n) in exact integer arithmetic
        int within = target.map(t -> (int) sorted.stream().filter(d -> d.compareTo(t) <= 0).count()).orElse(0);
        return new DurationStats(n, Optional.of(sum.dividedBy(n)), Optional.of(median),
                Optional.of(sorted.get(rank - 1)), target, within);
    }

    /** The share of values within the target, when there is a target and at least one value. */
    public Optional<Double> withinTargetRate() {
        return target.isPresent() && count > 0 ? Optional.of((double) withinTarget / count) : Optional.empty();
    }
}
