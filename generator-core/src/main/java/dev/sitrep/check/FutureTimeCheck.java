package dev.sitrep.check;

import dev.sitrep.finding.Findings;
import dev.sitrep.finding.Rule;
import dev.sitrep.model.ActionItem;
import dev.sitrep.model.Incident;
import dev.sitrep.model.Maintenance;
import dev.sitrep.model.Positions;
import dev.sitrep.model.Postmortem;
import dev.sitrep.model.ReadResult;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;

import static dev.sitrep.model.Durations.instant;

/**
 * Times that have not happened yet ({@link Rule#FUTURE_TIME}, <b>warnings</b>): an incident's times and updates, a
 * postmortem's {@code published}, an action item's {@code completed} date (after today in the site's time zone),
 * and maintenance updates, when they are after {@code now}. Such a time is almost always a typo, often in the year.
 * A maintenance's scheduled window is meant to be in the future and is not checked.
 */
final class FutureTimeCheck implements Check {

    @Override
    public void run(ReadResult input, Instant now, Findings out) {
        ZoneId zone = input.config().map(c -> c.timezone()).orElse(ZoneOffset.UTC);
        LocalDate today = now.atZone(zone).toLocalDate();
        for (Incident incident : input.incidents()) {
            Positions p = incident.positions();
            field(p, "started", incident.started(), now, out);
            field(p, "detected", Optional.of(incident.detected()), now, out);
            field(p, "acknowledged", incident.acknowledged(), now, out);
            field(p, "mitigated", incident.mitigated(), now, out);
            field(p, "resolved", incident.resolved(), now, out);
            for (int i = 0; i < incident.updates().size(); i++) {
                update(p, i, incident.updates().get(i).at(), now, out);
            }
            incident.postmortem().ifPresent(pm -> postmortem(pm, today, zone, now, out));
        }
        for (Maintenance maintenance : input.maintenances()) {
            for (int i = 0; i < maintenance.updates().size(); i++) {
                update(maintenance.positions(), i, maintenance.updates().get(i).at(), now, out);
            }
        }
    }

    private static void postmortem(Postmortem pm, LocalDate today, ZoneId zone, Instant now, Findings out) {
        field(pm.positions(), "published", pm.published(), now, out);
        for (ActionItem item : pm.actionItems()) {
            item.completed().filter(d -> d.isAfter(today)).ifPresent(d -> out.warning(Rule.FUTURE_TIME,
                    pm.positions().key(item.pointer() + "/completed"), "'completed' (" + d + ") of action item '"
                            + item.id() + "' is after today (" + today + " in " + zone.getId() + "); check the date, "
                            + "the year may be a typo"));
        }
    }

    private static void field(Positions positions, String key, Optional<Instant> value, Instant now, Findings out) {
        value.filter(v -> v.isAfter(now)).ifPresent(v -> out.warning(Rule.FUTURE_TIME, positions.key("/" + key),
                "'" + key + "' (" + instant(v) + ") is after now (" + instant(now) + "); check the date, the year "
                        + "may be a typo"));
    }

    private static void update(Positions positions, int index, Instant value, Instant now, Findings out) {
        if (value.isAfter(now)) {
            out.warning(Rule.FUTURE_TIME, positions.key("/updates/" + index + "/at"), "update " + (index + 1) + " (" + instant(value) + ") is after now ("
                    + instant(now) + "); check the date, the year may be a typo");
        }
    }
}
