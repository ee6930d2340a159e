package dev.sitrep.metrics;

import dev.sitrep.model.ComponentImpact;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Uptime of one component (or the mean of a group's components) on one calendar day in the site's time zone.
 *
 * @param minutes         the minutes of the day that count: its length in the zone (23 or 25 hours on a daylight
 *                        saving day), and for today only the minutes up to {@code now}
 * @param downtimeMinutes minutes in major outage plus 0.3 times minutes in partial outage
 * @param uptimePercent   {@code 100 * (1 - downtimeMinutes / minutes)}, 100 when no minute counts yet
 * @param worst           the worst impact of any incident that touched the day
 * @param incidentIds     the incidents that touched the day, sorted by id
 */
public record UptimeDay(LocalDate date, double minutes, double downtimeMinutes, double uptimePercent,
                        Optional<ComponentImpact> worst, List<String> incidentIds) {

    public UptimeDay {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(worst, "worst");
        incidentIds = List.copyOf(incidentIds);
    }
}
