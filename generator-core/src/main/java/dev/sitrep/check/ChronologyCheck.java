package dev.sitrep.check;

import dev.sitrep.finding.Findings;
import dev.sitrep.finding.Rule;
import dev.sitrep.model.Incident;
import dev.sitrep.model.Maintenance;
import dev.sitrep.model.MaintenanceUpdate;
import dev.sitrep.model.Positions;
import dev.sitrep.model.Postmortem;
import dev.sitrep.model.ReadResult;
import dev.sitrep.model.StatusUpdate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static dev.sitrep.model.Durations.instant;

/**
 * Times in order ({@link Rule#CHRONOLOGY}).
 *
 * <ul>
 *   <li>An incident's times follow {@code started <= detected <= acknowledged <= mitigated <= resolved}. Each
 *   present time is compared with the nearest present time before it, so that one wrong value gives one finding,
 *   at the later key.</li>
 *   <li>Updates are listed oldest first (equal times are allowed), and none is before {@code started} (or
 *   {@code detected} when there is no {@code started}); only the first update before it is reported, as
 *   a wrong {@code started} would otherwise flag every update.</li>
 *   <li>A maintenance ends after it starts, and its updates are oldest first.</li>
 *   <li>A published postmortem is not published before its incident was resolved, and not while the incident is
 *   still open.</li>
 * </ul>
 */
final class ChronologyCheck implements Check {

    private static final String ORDER = "started <= detected <= acknowledged <= mitigated <= resolved";

    @Override
    public void run(ReadResult input, Instant now, Findings out) {
        for (Incident incident : input.incidents()) {
            fields(incident, out);
            updates(incident, out);
            incident.postmortem().ifPresent(pm -> postmortem(incident, pm, out));
        }
        for (Maintenance maintenance : input.maintenances()) {
            maintenance(maintenance, out);
        }
    }

    private static void fields(Incident incident, Findings out) {
        List<Map.Entry<String, Instant>> present = new ArrayList<>();
        add(present, "started", incident.started());
        add(present, "detected", Optional.of(incident.detected()));
        add(present, "acknowledged", incident.acknowledged());
        add(present, "mitigated", incident.mitigated());
        add(present, "resolved", incident.resolved());
        for (int i = 1; i < present.size(); i++) {
            Map.Entry<String, Instant> before = present.get(i - 1);
            Map.Entry<String, Instant> after = present.get(i);
            if (after.getValue().isBefore(before.getValue())) {
                out.error(Rule.CHRONOLOGY, incident.positions().key("/" + after.getKey()),
                        "'" + after.getKey() + "' (" + instant(after.getValue()) + ") is before '" + before.getKey()
                                + "' (" + instant(before.getValue()) + "); times must follow " + ORDER
                                + ", so correct one of the two");
            }
        }
    }

    private static void add(List<Map.Entry<String, Instant>> present, String key, Optional<Instant> value) {
        value.ifPresent(v -> present.add(Map.entry(key, v)));
    }

    private static void updates(Incident incident, Findings out) {
        List<StatusUpdate> updates = incident.updates();
        Positions positions = incident.positions();
        for (int i = 1; i < updates.size(); i++) {
            Instant previous = updates.get(i - 1).at();
            Instant at = updates.get(i).at();
            if (at.isBefore(previous)) {
                out.error(Rule.CHRONOLOGY, positions.key("/updates/" + i + "/at"), outOfOrder(i, at, previous));
            }
        }
        String startKey = incident.started().isPresent() ? "started" : "detected";
        Instant start = incident.impactStart();
        for (int i = 0; i < updates.size(); i++) {
            Instant at = updates.get(i).at();
            if (at.isBefore(start)) {
                out.error(Rule.CHRONOLOGY, positions.key("/updates/" + i + "/at"),
                        "update " + (i + 1) + " (" + instant(at) + ") is before '" + startKey + "' ("
                                + instant(start) + "); no update can precede the incident, so correct the update's "
                                + "'at' or '" + startKey + "'");
                return;
            }
        }
    }

    private static String outOfOrder(int index, Instant at, Instant previous) {
        return "update " + (index + 1) + " (" + instant(at) + ") is before update " + index + " ("
                + instant(previous) + "); list updates oldest first and check their times";
    }

    private static void postmortem(Incident incident, Postmortem pm, Findings out) {
        if (!pm.isPublished()) {
            return;
        }
        if (!incident.isResolved()) {
            out.error(Rule.CHRONOLOGY, pm.positions().key("/status"), "the postmortem is published but the incident "
                    + "is still open (its last update is '" + incident.lastUpdate().status().id() + "'); add the "
                    + "resolving update to incident.yaml, or set status: draft until the incident is resolved");
            return;
        }
        Instant resolvedAt = incident.resolvedAt().orElseThrow();
        pm.published().filter(p -> p.isBefore(resolvedAt)).ifPresent(p -> out.error(Rule.CHRONOLOGY,
                pm.positions().key("/published"), "'published' (" + instant(p) + ") is before the incident was "
                        + "resolved (" + instant(resolvedAt) + "); correct 'published'"));
    }

    private static void maintenance(Maintenance maintenance, Findings out) {
        Positions positions = maintenance.positions();
        if (!maintenance.scheduledEnd().isAfter(maintenance.scheduledStart())) {
            out.error(Rule.CHRONOLOGY, positions.key("/scheduledEnd"), "'scheduledEnd' ("
                    + instant(maintenance.scheduledEnd()) + ") is not after 'scheduledStart' ("
                    + instant(maintenance.scheduledStart()) + "); a maintenance window must end after it starts");
        }
        List<MaintenanceUpdate> updates = maintenance.updates();
        for (int i = 1; i < updates.size(); i++) {
            Instant previous = updates.get(i - 1).at();
            Instant at = updates.get(i).at();
            if (at.isBefore(previous)) {
                out.error(Rule.CHRONOLOGY, positions.key("/updates/" + i + "/at"), outOfOrder(i, at, previous));
            }
        }
    }
}
