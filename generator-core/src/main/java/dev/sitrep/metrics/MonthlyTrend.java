package dev.sitrep.metrics;

import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Incidents of one calendar month (site time zone, by when impact began).
 *
 * @param counts   incidents per severity, one per configured severity in configuration order
 * @param total    all incidents of the month
 * @param resolved the month's resolved incidents, over which {@code mttr} is taken
 * @param mttr     mean of resolved - detected over the month's resolved incidents; empty when none
 */
public record MonthlyTrend(YearMonth month, List<SeverityCount> counts, int total, int resolved,
                           Optional<Duration> mttr) {

    public MonthlyTrend {
        Objects.requireNonNull(month, "month");
        counts = List.copyOf(counts);
        Objects.requireNonNull(mttr, "mttr");
    }

    /** How many incidents of one severity. */
    public record SeverityCount(String severityId, int count) {

        public SeverityCount {
            Objects.requireNonNull(severityId, "severityId");
        }
    }
}
