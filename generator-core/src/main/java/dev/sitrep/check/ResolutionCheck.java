package dev.sitrep.check;

import dev.sitrep.finding.Findings;
import dev.sitrep.finding.Rule;
import dev.sitrep.model.Incident;
import dev.sitrep.model.ReadResult;
import dev.sitrep.model.StatusUpdate;

import java.time.Instant;

import static dev.sitrep.model.Durations.instant;

/**
 * Whether an incident is resolved ({@link Rule#RESOLUTION}): exactly when its last update has status
 * {@code resolved}. A {@code resolved} time on an open incident, a {@code resolved} time that differs from the
 * resolving update's, and a resolved incident without {@code acknowledged} (optional only while the incident is
 * open) are errors.
 */
final class ResolutionCheck implements Check {

    @Override
    public void run(ReadResult input, Instant now, Findings out) {
        for (Incident incident : input.incidents()) {
            StatusUpdate last = incident.lastUpdate();
            int lastNumber = incident.updates().size();
            if (incident.resolved().isPresent() && !incident.isResolved()) {
                out.error(Rule.RESOLUTION, incident.positions().key("/resolved"), "'resolved' is set but the last "
                        + "update (" + lastNumber + ") has status '" + last.status().id() + "'; add a final update "
                        + "with status: resolved at " + instant(incident.resolved().get())
                        + ", or remove 'resolved' while the incident is open");
            }
            if (incident.isResolved() && incident.resolved().isPresent()
                    && !incident.resolved().get().equals(last.at())) {
                out.error(Rule.RESOLUTION, incident.positions().key("/resolved"), "'resolved' ("
                        + instant(incident.resolved().get()) + ") differs from the time of the resolving last update "
                        + "(" + instant(last.at()) + "); make them the same");
            }
            if (incident.isResolved() && incident.acknowledged().isEmpty()) {
                out.error(Rule.RESOLUTION, incident.positions().key("/detected"), "the incident is resolved but has "
                        + "no 'acknowledged' time; add 'acknowledged:' after 'detected' with the time someone took "
                        + "the incident on");
            }
        }
    }
}
