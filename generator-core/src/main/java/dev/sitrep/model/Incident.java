package dev.sitrep.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One incident: {@code incident.yaml} and, once written, its postmortem.
 *
 * @param id        the folder name
 * @param file      the path of {@code incident.yaml} as shown to the user
 * @param severity  the severity id, as written (checked against the configuration by the checks)
 * @param related   the ids of earlier incidents this one repeats or follows ({@code related}), as written
 * @param positions positions in {@code incident.yaml}
 */
public record Incident(String id, String file, String title, String severity, List<AffectedComponent> components,
                       Optional<String> commander, List<String> related, Optional<Instant> started, Instant detected,
                       Optional<Instant> acknowledged, Optional<Instant> mitigated, Optional<Instant> resolved,
                       List<StatusUpdate> updates, Optional<Postmortem> postmortem, Positions positions) {

    public Incident {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(severity, "severity");
        components = List.copyOf(components);
        Objects.requireNonNull(commander, "commander");
        related = List.copyOf(related);
        Objects.requireNonNull(started, "started");
        Objects.requireNonNull(detected, "detected");
        Objects.requireNonNull(acknowledged, "acknowledged");
        Objects.requireNonNull(mitigated, "mitigated");
        Objects.requireNonNull(resolved, "resolved");
        updates = List.copyOf(updates);
        if (updates.isEmpty()) {
            throw new IllegalArgumentException("an incident has at least one update: " + id);
        }
        Objects.requireNonNull(postmortem, "postmortem");
        Objects.requireNonNull(positions, "positions");
    }

    /** An incident that lists no related incident. */
    public Incident(String id, String file, String title, String severity, List<AffectedComponent> components,
                    Optional<String> commander, Optional<Instant> started, Instant detected,
                    Optional<Instant> acknowledged, Optional<Instant> mitigated, Optional<Instant> resolved,
                    List<StatusUpdate> updates, Optional<Postmortem> postmortem, Positions positions) {
        this(id, file, title, severity, components, commander, List.of(), started, detected, acknowledged, mitigated,
                resolved, updates, postmortem, positions);
    }

    /** Whether the incident is over: its last update has status {@code resolved}. */
    public boolean isResolved() {
        return lastUpdate().status() == IncidentStatus.RESOLVED;
    }

    public StatusUpdate lastUpdate() {
        return updates.get(updates.size() - 1);
    }

    /** When the incident was resolved: the {@code resolved} field, else the time of its resolving update. */
    public Optional<Instant> resolvedAt() {
        if (!isResolved()) {
            return Optional.empty();
        }
        return Optional.of(resolved.orElse(lastUpdate().at()));
    }

    /** When impact began: {@code started}, else {@code detected}. */
    public Instant impactStart() {
        return started.orElse(detected);
    }

    /** The incident with its postmortem attached. */
    public Incident withPostmortem(Postmortem pm) {
        return new Incident(id, file, title, severity, components, commander, related, started, detected, acknowledged,
                mitigated, resolved, updates, Optional.of(pm), positions);
    }
}
