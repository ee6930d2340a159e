package dev.sitrep.metrics;

import dev.sitrep.model.Incident;
import dev.sitrep.model.Severity;
import dev.sitrep.model.StatusRepository;

import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Monthly trends over the whole history: incidents per month by severity, and MTTR per month. A month is the
 * calendar month (site time zone) in which the incident's impact began ({@link Incident#impactStart()}); every
 * month from the first incident's to the last one's is present, also those without incidents.
 */
public final class Trends {

    private Trends() {
    }

    /** The months oldest first; empty without incidents. */
    public static List<MonthlyTrend> monthly(StatusRepository repository) {
        ZoneId zone = repository.config().timezone();
        TreeMap<YearMonth, List<Incident>> byMonth = new TreeMap<>();
        for (Incident incident : repository.incidents()) {
            byMonth.computeIfAbsent(YearMonth.from(incident.impactStart().atZone(zone)), k -> new ArrayList<>())
                    .add(incident);
        }
        List<MonthlyTrend> trends = new ArrayList<>();
        if (byMonth.isEmpty()) {
            return trends;
        }
        for (YearMonth month = byMonth.firstKey(); !month.isAfter(byMonth.lastKey()); month = month.plusMonths(1)) {
            List<Incident> incidents = byMonth.getOrDefault(month, List.of());
            Map<String, Integer> counts = new HashMap<>();
            Duration sum = Duration.ZERO;
            int resolved = 0;
            for (Incident incident : incidents) {
                counts.merge(incident.severity(), 1, Integer::sum);
                Optional<Duration> ttr = ResponseMetrics.timeToResolve(incident);
                if (ttr.isPresent()) {
                    sum = sum.plus(ttr.get());
                    resolved++;
                }
            }
            List<MonthlyTrend.SeverityCount> perSeverity = new ArrayList<>();
            for (Severity severity : repository.config().severities()) {
                perSeverity.add(new MonthlyTrend.SeverityCount(severity.id(), counts.getOrDefault(severity.id(), 0)));
            }
            trends.add(new MonthlyTrend(month, perSeverity, incidents.size(), resolved,
                    resolved == 0 ? Optional.empty() : Optional.of(sum.dividedBy(resolved))));
        }
        return trends;
    }
}
