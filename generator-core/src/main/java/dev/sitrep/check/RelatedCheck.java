package dev.sitrep.check;

import dev.sitrep.finding.Findings;
import dev.sitrep.finding.Rule;
import dev.sitrep.finding.Suggestions;
import dev.sitrep.model.Incident;
import dev.sitrep.model.ReadResult;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The {@code related} incidents of an incident: each id must be an incident of the repository (data error, with the
 * closest id), and not the incident itself (data error).
 */
final class RelatedCheck implements Check {

    @Override
    public void run(ReadResult input, Instant now, Findings out) {
        Set<String> ids = new HashSet<>();
        input.incidents().forEach(i -> ids.add(i.id()));
        // the ids to suggest from, in order, are only needed for a mistake
        Supplier<List<String>> known = () -> ids.stream().sorted().toList();
        for (Incident incident : input.incidents()) {
            for (int i = 0; i < incident.related().size(); i++) {
                String id = incident.related().get(i);
                if (id.equals(incident.id())) {
                    out.error(Rule.INVALID_VALUE, incident.positions().of("/related/" + i), "an incident cannot be "
                            + "related to itself; 'related' lists earlier incidents this one repeats or follows");
                } else if (!ids.contains(id)) {
                    out.error(Rule.UNKNOWN_REFERENCE, incident.positions().of("/related/" + i), Suggestions
                            .closest(id, known.get()).filter(s -> !s.equals(incident.id()))
                            .map(s -> "unknown incident '" + id + "' in 'related'; did you mean '" + s + "'?")
                            .orElse("unknown incident '" + id + "' in 'related'; use the folder name of an incident "
                                    + "of this repository"));
                }
            }
        }
    }
}
