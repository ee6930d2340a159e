package dev.sitrep.metrics;

import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/**
 * Uptime of one component in one calendar month of the site's time zone, summed from its {@link UptimeDay days}.
 *
 * @param minutes         the minutes of the month that count: for the current month only those up to {@code now}
 * @param downtimeMinutes minutes in major outage plus 0.3 times minutes in partial outage
 * @param uptimePercent   {@code 100 * (1 - downtimeMinutes / minutes)}, 100 when no minute counts
 * @param incidentIds     the incidents that touched the month, sorted by id
 */
public record UptimeMonth(YearMonth month, double minutes, double downtimeMinutes, double uptimePercent,
                          List<String> incidentIds) {

    public UptimeMonth {
        Objects.requireNonNull(month, "month");
        incidentIds = List.copyOf(incidentIds);
    }
}
