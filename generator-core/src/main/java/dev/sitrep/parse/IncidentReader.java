package dev.sitrep.parse;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sitrep.finding.Findings;
import dev.sitrep.model.AffectedComponent;
import dev.sitrep.model.ComponentImpact;
import dev.sitrep.model.Incident;
import dev.sitrep.model.IncidentStatus;
import dev.sitrep.model.Location;
import dev.sitrep.model.StatusUpdate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads {@code incident.yaml}. The incident is built when its required values could be read (title, severity,
 * detected, and every update); optional values that are wrong are reported and left out.
 */
final class IncidentReader {

    private IncidentReader() {
    }

    static Optional<Incident> read(String id, YamlDocument doc, Findings findings) {
        Optional<Fields> maybe = Fields.of(doc.root(), "", doc.positions(), findings, "incident.yaml");
        if (maybe.isEmpty()) {
            return Optional.empty();
        }
        Fields f = maybe.get();
        f.allowOnly("incident.yaml", "title", "severity", "components", "commander", "related", "started", "detected",
                "acknowledged", "mitigated", "resolved", "updates");
        boolean validId = Fields.checkId(id, doc.positions().start(), findings);
        Optional<String> title = f.text("title", true);
        Optional<String> severity = f.text("severity", true);
        List<AffectedComponent> components = components(f);
        Optional<String> commander = f.text("commander", false);
        List<String> related = f.textList("related", false).orElse(List.of());
        Optional<Instant> started = f.instant("started", false);
        Optional<Instant> detected = f.instant("detected", true);
        Optional<Instant> acknowledged = f.instant("acknowledged", false);
        Optional<Instant> mitigated = f.instant("mitigated", false);
        Optional<Instant> resolved = f.instant("resolved", false);
        List<StatusUpdate> updates = updates(f);
        if (!validId || title.isEmpty() || severity.isEmpty() || detected.isEmpty() || updates.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Incident(id, doc.positions().file(), title.get(), severity.get(), components,
                commander, related, started, detected.get(), acknowledged, mitigated, resolved, updates, Optional.empty(),
                doc.positions()));
    }

    private static List<AffectedComponent> components(Fields f) {
        List<AffectedComponent> out = new ArrayList<>();
        Optional<JsonNode> v = f.value("components", true);
        if (v.isEmpty()) {
            return out;
        }
        if (!v.get().isObject() || v.get().isEmpty()) {
            f.invalid("components", "'components' must map each affected component to its impact, "
                    + "e.g. 'api: partial_outage'");
            return out;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = v.get().fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String ptr = f.pointer("components") + "/" + e.getKey();
            Location at = f.positions().of(ptr);
            if (!e.getValue().isValueNode() || e.getValue().isNull()) {
                f.findings().error(dev.sitrep.finding.Rule.INVALID_VALUE, at, "component '" + e.getKey()
                        + "' needs an impact: degraded_performance, partial_outage or major_outage");
                continue;
            }
            Fields.choose(e.getValue().asText().strip(), at, "impact on '" + e.getKey() + "'",
                            ComponentImpact.values(), ComponentImpact::id, f.findings())
                    .ifPresent(impact -> out.add(new AffectedComponent(e.getKey(), impact)));
        }
        return out;
    }

    private static List<StatusUpdate> updates(Fields f) {
        List<StatusUpdate> out = new ArrayList<>();
        Optional<JsonNode> v = f.value("updates", true);
        if (v.isEmpty()) {
            return out;
        }
        if (!v.get().isArray() || v.get().isEmpty()) {
            f.invalid("updates", "'updates' must be a list of at least one update with at, status and message");
            return out;
        }
        for (int i = 0; i < v.get().size(); i++) {
            Optional<Fields> u = Fields.of(v.get().get(i), f.pointer("updates") + "/" + i, f.positions(),
                    f.findings(), "an update");
            if (u.isEmpty()) {
                continue;
            }
            Fields uf = u.get();
            uf.allowOnly("an update", "at", "status", "message");
            Optional<Instant> at = uf.instant("at", true);
            Optional<IncidentStatus> status = uf.choice("status", true, IncidentStatus.values(), IncidentStatus::id);
            Optional<String> message = uf.text("message", true);
            if (at.isPresent() && status.isPresent() && message.isPresent()) {
                out.add(new StatusUpdate(at.get(), status.get(), message.get()));
            }
        }
        // With an update left out, "the last update", the gaps between updates and the update numbers in findings
        // would all be wrong; the incident is checked once every update can be read.
        return out.size() == v.get().size() ? out : List.of();
    }
}
