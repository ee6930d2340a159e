package dev.sitrep.check;

import dev.sitrep.finding.Findings;
import dev.sitrep.finding.Rule;
import dev.sitrep.finding.Suggestions;
import dev.sitrep.model.AffectedComponent;
import dev.sitrep.model.Component;
import dev.sitrep.model.Incident;
import dev.sitrep.model.Location;
import dev.sitrep.model.Maintenance;
import dev.sitrep.model.Positions;
import dev.sitrep.model.ReadResult;
import dev.sitrep.model.Severity;
import dev.sitrep.model.SiteConfig;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * References to {@code sitrep.yaml}: every component of an incident or a maintenance, and every incident's severity,
 * must be defined there. A finding points at the component's key (incidents) or list item (maintenances), or at the
 * severity's value, and suggests the closest known id.
 */
final class ReferenceCheck implements Check {

    @Override
    public void run(ReadResult input, Instant now, Findings out) {
        if (input.config().isEmpty()) {
            return;
        }
        SiteConfig config = input.config().get();
        List<String> components = config.components().stream().map(Component::id).sorted().toList();
        for (Incident incident : input.incidents()) {
            for (AffectedComponent c : incident.components()) {
                if (config.component(c.componentId()).isEmpty()) {
                    Location at = incident.positions().key("/components/" + Positions.token(c.componentId()));
                    out.error(Rule.UNKNOWN_REFERENCE, at, unknownComponent(c.componentId(), components));
                }
            }
            if (config.severity(incident.severity()).isEmpty()) {
                out.error(Rule.UNKNOWN_REFERENCE, incident.positions().of("/severity"),
                        unknownSeverity(incident.severity(), config.severities()));
            }
        }
        for (Maintenance maintenance : input.maintenances()) {
            for (int i = 0; i < maintenance.components().size(); i++) {
                String id = maintenance.components().get(i);
                if (config.component(id).isEmpty()) {
                    out.error(Rule.UNKNOWN_REFERENCE, maintenance.positions().of("/components/" + i),
                            unknownComponent(id, components));
                }
            }
        }
    }

    private static String unknownComponent(String id, List<String> known) {
        String list = " (known: " + String.join(", ", known) + ")";
        if (known.isEmpty()) {
            return "unknown component '" + id + "'; define it under 'components' in sitrep.yaml";
        }
        return Suggestions.closest(id, known)
                .map(s -> "unknown component '" + id + "'; did you mean '" + s + "'?" + list)
                .orElse("unknown component '" + id + "'; use a component defined in sitrep.yaml, or add it there"
                        + list);
    }

    private static String unknownSeverity(String id, List<Severity> severities) {
        List<String> ids = severities.stream().map(Severity::id).toList();
        String list = " (known: " + severities.stream().map(s -> s.id().equals(s.name()) ? s.id()
                : s.id() + " " + s.name()).reduce((a, b) -> a + ", " + b).orElse("") + ")";
        Optional<String> suggestion = severities.stream()
                .filter(s -> s.name().equalsIgnoreCase(id) || s.id().equalsIgnoreCase(id))
                .map(Severity::id)
                .findFirst()
                .or(() -> unambiguous(id, ids));
        return suggestion.map(s -> "unknown severity '" + id + "'; did you mean '" + s + "'?" + list)
                .orElse("unknown severity '" + id + "'; use a severity id defined in sitrep.yaml" + list);
    }

    /** The closest id, unless another id is just as close (P5 is as close to P0 as to P3: no suggestion). */
    private static Optional<String> unambiguous(String id, List<String> ids) {
        // Suggestions.closest keeps the first of equally close words, so a tie shows as a different answer
        // when the list is reversed.
        List<String> reversed = new ArrayList<>(ids);
        Collections.reverse(reversed);
        Optional<String> best = Suggestions.closest(id, ids);
        return best.equals(Suggestions.closest(id, reversed)) ? best : Optional.empty();
    }
}
