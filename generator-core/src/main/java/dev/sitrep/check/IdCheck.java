package dev.sitrep.check;

import dev.sitrep.finding.Findings;
import dev.sitrep.finding.Rule;
import dev.sitrep.model.ActionItem;
import dev.sitrep.model.Incident;
import dev.sitrep.model.Location;
import dev.sitrep.model.Maintenance;
import dev.sitrep.model.Postmortem;
import dev.sitrep.model.ReadResult;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Ids are unique across the repository: incident ids (folder names), maintenance ids (file names) and action item
 * ids share one namespace, because they name pages, feed entries and API objects side by side. The first
 * occurrence in path order keeps the id; every later one is reported, naming the first.
 */
final class IdCheck implements Check {

    /** What carries an id, and how to give it another one. */
    private enum Kind {
        INCIDENT("rename the incident's folder"),
        MAINTENANCE("rename the maintenance file"),
        ACTION_ITEM("give this action item another id");

        private final String fix;

        Kind(String fix) {
            this.fix = fix;
        }
    }

    private record Use(String id, Kind kind, Location location) {
    }

    @Override
    public void run(ReadResult input, Instant now, Findings out) {
        List<Use> uses = new ArrayList<>();
        for (Incident incident : input.incidents()) {
            uses.add(new Use(incident.id(), Kind.INCIDENT, Location.startOf(incident.file())));
            incident.postmortem().ifPresent(pm -> addActionItems(pm, uses));
        }
        for (Maintenance maintenance : input.maintenances()) {
            uses.add(new Use(maintenance.id(), Kind.MAINTENANCE, Location.startOf(maintenance.file())));
        }
        // most ids are used once: only the uses of an id used more than once are put in path order
        Map<String, List<Use>> byId = new HashMap<>();
        for (Use use : uses) {
            byId.computeIfAbsent(use.id(), k -> new ArrayList<>(1)).add(use);
        }
        for (List<Use> same : byId.values()) {
            if (same.size() < 2) {
                continue;
            }
            same.sort(Comparator.comparing(Use::location));
            Use earlier = same.get(0);
            for (Use use : same.subList(1, same.size())) {
                out.error(Rule.DUPLICATE_ID, use.location(), "id '" + use.id() + "' is already used by "
                        + earlier.location().file() + ":" + earlier.location().line()
                        + "; ids are unique across incidents, maintenances and action items, so "
                        + use.kind().fix);
            }
        }
    }

    private static void addActionItems(Postmortem pm, List<Use> uses) {
        for (ActionItem item : pm.actionItems()) {
            uses.add(new Use(item.id(), Kind.ACTION_ITEM, pm.positions().of(item.pointer() + "/id")));
        }
    }
}
