package dev.sitrep.check;

import dev.sitrep.finding.Findings;
import dev.sitrep.finding.Rule;
import dev.sitrep.model.Incident;
import dev.sitrep.model.IncidentStatus;
import dev.sitrep.model.ReadResult;
import dev.sitrep.model.Severity;
import dev.sitrep.model.SiteConfig;
import dev.sitrep.model.StatusUpdate;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static dev.sitrep.model.Durations.human;
import static dev.sitrep.model.Durations.instant;

/**
 * Update cadence ({@link Rule#UPDATE_CADENCE}, <b>warnings</b>): while an incident is open, consecutive status updates
 * are at most the severity's {@code updateEvery} apart. A longer gap is reported at the later update's {@code at}.
 * A gap after a {@code resolved} update (until the incident was reopened) does not count. An open incident whose
 * last update is longer ago than {@code updateEvery} at {@code now} is reported at that last update.
 */
final class UpdateCadenceCheck implements Check {

    @Override
    public void run(ReadResult input, Instant now, Findings out) {
        if (input.config().isEmpty()) {
            return;
        }
        SiteConfig config = input.config().get();
        for (Incident incident : input.incidents()) {
            Optional<Duration> every = config.severity(incident.severity()).flatMap(Severity::updateEvery);
            if (every.isPresent()) {
                check(incident, config.severity(incident.severity()).get().id(), every.get(), now, out);
            }
        }
    }

    private static void check(Incident incident, String severity, Duration every, Instant now, Findings out) {
        List<StatusUpdate> updates = incident.updates();
        String target = ", over the " + severity + " target of an update every " + human(every);
        for (int i = 1; i < updates.size(); i++) {
            StatusUpdate previous = updates.get(i - 1);
            if (previous.status() == IncidentStatus.RESOLVED) {
                continue;
            }
            Duration gap = Duration.between(previous.at(), updates.get(i).at());
            if (gap.compareTo(every) > 0) {
                out.warning(Rule.UPDATE_CADENCE, Incidents.update(incident, i), human(gap) + " between update " + i
                        + " (" + instant(previous.at()) + ") and update " + (i + 1) + " ("
                        + instant(updates.get(i).at()) + ") while the incident was open" + target);
            }
        }
        if (!incident.isResolved()) {
            StatusUpdate last = incident.lastUpdate();
            Duration since = Duration.between(last.at(), now);
            if (since.compareTo(every) > 0) {
                out.warning(Rule.UPDATE_CADENCE, Incidents.lastUpdate(incident), "no update for " + human(since)
                        + " since update " + updates.size() + " (" + instant(last.at()) + ") while the incident is "
                        + "open" + target + "; post an update");
            }
        }
    }
}
