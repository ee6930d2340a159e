package dev.sitrep.check;

import dev.sitrep.finding.Findings;
import dev.sitrep.finding.Rule;
import dev.sitrep.model.Incident;
import dev.sitrep.model.ReadResult;
import dev.sitrep.model.Severity;
import dev.sitrep.model.SiteConfig;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static dev.sitrep.model.Durations.human;

/**
 * Response targets of the incident's severity, measured from {@code detected} (as MTTA and MTTR are), all
 * <b>warnings</b>.
 *
 * <ul>
 *   <li>{@link Rule#ACKNOWLEDGE_TARGET}: {@code acknowledged - detected > acknowledgeWithin}, at
 *   {@code acknowledged}; an open incident not yet acknowledged when {@code now - detected} is over the target,
 *   at {@code detected}.</li>
 *   <li>{@link Rule#RESOLVE_TARGET}: {@code resolved - detected > resolveWithin}, at {@code resolved} (or the
 *   resolving update); an open incident already over the target at {@code now}, at its last update.</li>
 * </ul>
 */
final class ResponseTargetCheck implements Check {

    @Override
    public void run(ReadResult input, Instant now, Findings out) {
        if (input.config().isEmpty()) {
            return;
        }
        SiteConfig config = input.config().get();
        for (Incident incident : input.incidents()) {
            Optional<Severity> severity = config.severity(incident.severity());
            if (severity.isPresent()) {
                acknowledge(incident, severity.get(), now, out);
                resolve(incident, severity.get(), now, out);
            }
        }
    }

    private static void acknowledge(Incident incident, Severity severity, Instant now, Findings out) {
        if (severity.acknowledgeWithin().isEmpty()) {
            return;
        }
        Duration target = severity.acknowledgeWithin().get();
        if (incident.acknowledged().isPresent()) {
            Duration took = Duration.between(incident.detected(), incident.acknowledged().get());
            if (took.compareTo(target) > 0) {
                out.warning(Rule.ACKNOWLEDGE_TARGET, incident.positions().key("/acknowledged"), "acknowledged "
                        + human(took) + " after detection, over the " + severity.id() + " target of " + human(target));
            }
        } else if (!incident.isResolved()) {
            Duration open = Duration.between(incident.detected(), now);
            if (open.compareTo(target) > 0) {
                out.warning(Rule.ACKNOWLEDGE_TARGET, incident.positions().key("/detected"), "not acknowledged "
                        + human(open) + " after detection, over the " + severity.id() + " target of " + human(target)
                        + "; add 'acknowledged' with the time someone took the incident on");
            }
        }
    }

    private static void resolve(Incident incident, Severity severity, Instant now, Findings out) {
        if (severity.resolveWithin().isEmpty()) {
            return;
        }
        Duration target = severity.resolveWithin().get();
        Optional<Instant> resolvedAt = incident.resolvedAt();
        if (resolvedAt.isPresent()) {
            Duration took = Duration.between(incident.detected(), resolvedAt.get());
            if (took.compareTo(target) > 0) {
                out.warning(Rule.RESOLVE_TARGET, Incidents.resolvedAt(incident), "resolved " + human(took)
                        + " after detection, over the " + severity.id() + " target of " + human(target));
            }
        } else {
            Duration open = Duration.between(incident.detected(), now);
            if (open.compareTo(target) > 0) {
                out.warning(Rule.RESOLVE_TARGET, Incidents.lastUpdate(incident), "still open " + human(open)
                        + " after detection, over the " + severity.id() + " target of resolving within "
                        + human(target));
            }
        }
    }
}
