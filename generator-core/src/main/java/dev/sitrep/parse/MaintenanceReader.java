package dev.sitrep.parse;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sitrep.finding.Findings;
import dev.sitrep.model.Maintenance;
import dev.sitrep.model.MaintenanceStatus;
import dev.sitrep.model.MaintenanceUpdate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads {@code maintenance/<id>.yaml}. */
final class MaintenanceReader {

    private MaintenanceReader() {
    }

    static Optional<Maintenance> read(String id, YamlDocument doc, Findings findings) {
        Optional<Fields> maybe = Fields.of(doc.root(), "", doc.positions(), findings, "a maintenance file");
        if (maybe.isEmpty()) {
            return Optional.empty();
        }
        Fields f = maybe.get();
        f.allowOnly("a maintenance file", "title", "components", "scheduledStart", "scheduledEnd", "updates");
        boolean validId = Fields.checkId(id, doc.positions().start(), findings);
        Optional<String> title = f.text("title", true);
        List<String> components = f.textList("components", true).orElse(List.of());
        Optional<Instant> start = f.instant("scheduledStart", true);
        Optional<Instant> end = f.instant("scheduledEnd", true);
        List<MaintenanceUpdate> updates = updates(f);
        if (!validId || title.isEmpty() || start.isEmpty() || end.isEmpty() || !allRead(f, updates)) {
            return Optional.empty();
        }
        return Optional.of(new Maintenance(id, doc.positions().file(), title.get(), components, start.get(), end.get(),
                updates, doc.positions()));
    }

    private static List<MaintenanceUpdate> updates(Fields f) {
        List<MaintenanceUpdate> out = new ArrayList<>();
        Optional<JsonNode> v = f.value("updates", false);
        if (v.isEmpty()) {
            return out;
        }
        if (!v.get().isArray()) {
            f.invalid("updates", "'updates' must be a list of updates with at, status and message");
            return out;
        }
        for (int i = 0; i < v.get().size(); i++) {
            Optional<Fields> u = Fields.of(v.get().get(i), f.pointer("updates") + "/" + i, f.positions(),
                    f.findings(), "an update");
            if (u.isEmpty()) {
                continue;
            }
            Fields uf = u.get();
            uf.allowOnly("a maintenance update", "at", "status", "message");
            Optional<Instant> at = uf.instant("at", true);
            Optional<MaintenanceStatus> status = uf.choice("status", true, MaintenanceStatus.values(),
                    MaintenanceStatus::id);
            Optional<String> message = uf.text("message", true);
            if (at.isPresent() && status.isPresent() && message.isPresent()) {
                out.add(new MaintenanceUpdate(at.get(), status.get(), message.get()));
            }
        }
        return out;
    }

    /** Whether every update in the file could be read (else update numbers and the latest status would be wrong). */
    private static boolean allRead(Fields f, List<MaintenanceUpdate> updates) {
        return f.value("updates", false).map(v -> !v.isArray() || v.size() == updates.size()).orElse(true);
    }
}
