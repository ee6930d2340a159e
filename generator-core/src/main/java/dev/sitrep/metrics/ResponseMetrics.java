package dev.sitrep.metrics;

import dev.sitrep.model.Incident;
import dev.sitrep.model.Severity;
import dev.sitrep.model.StatusRepository;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Response times per severity over resolved incidents: MTTA (acknowledged - detected), MTTR (resolved - detected)
 * and time to detect (detected - started, where {@code started} is given). Open incidents do not count; an
 * incident without {@code acknowledged} counts for MTTR but not MTTA.
 */
public final class ResponseMetrics {

    private ResponseMetrics() {
    }

    /** One entry per configured severity, in configuration order, including severities without incidents. */
    public static List<SeverityResponse> of(StatusRepository repository) {
        Map<String, List<Incident>> bySeverity = new HashMap<>();
        for (Incident incident : repository.incidents()) {
            if (incident.isResolved()) {
                bySeverity.computeIfAbsent(incident.severity(), k -> new ArrayList<>()).add(incident);
            }
        }
        List<SeverityResponse> result = new ArrayList<>();
        for (Severity severity : repository.config().severities()) {
            List<Incident> incidents = bySeverity.getOrDefault(severity.id(), List.of());
            List<Duration> ack = new ArrayList<>();
            List<Duration> resolve = new ArrayList<>();
            List<Duration> detect = new ArrayList<>();
            for (Incident incident : incidents) {
                incident.acknowledged().ifPresent(a -> ack.add(Duration.between(incident.detected(), a)));
                resolve.add(timeToResolve(incident).orElseThrow());
                incident.started().ifPresent(s -> detect.add(Duration.between(s, incident.detected())));
            }
            result.add(new SeverityResponse(severity, incidents.size(),
                    DurationStats.of(ack, severity.acknowledgeWithin()),
                    DurationStats.of(resolve, severity.resolveWithin()),
                    DurationStats.of(detect, Optional.empty())));
        }
        return result;
    }

    /** Resolved - detected, for a resolved incident. */
    public static Optional<Duration> timeToResolve(Incident incident) {
        return incident.resolvedAt().map(r -> Duration.between(incident.detected(), r));
    }
}
