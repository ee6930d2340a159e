package dev.sitrep.metrics;

import dev.sitrep.model.ActionItem;
import dev.sitrep.model.ActionItemPolicy;
import dev.sitrep.model.ActionStatus;
import dev.sitrep.model.AffectedComponent;
import dev.sitrep.model.Component;
import dev.sitrep.model.ComponentImpact;
import dev.sitrep.model.Incident;
import dev.sitrep.model.IncidentStatus;
import dev.sitrep.model.Maintenance;
import dev.sitrep.model.MaintenanceStatus;
import dev.sitrep.model.MaintenanceUpdate;
import dev.sitrep.model.Positions;
import dev.sitrep.model.Postmortem;
import dev.sitrep.model.PostmortemPolicy;
import dev.sitrep.model.PostmortemStatus;
import dev.sitrep.model.Priority;
import dev.sitrep.model.Severity;
import dev.sitrep.model.SiteConfig;
import dev.sitrep.model.StatusRepository;
import dev.sitrep.model.StatusUpdate;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Small hand-built models for tests. */
public final class Models {

    private Models() {
    }

    public static Instant at(String instant) {
        return Instant.parse(instant);
    }

    public static Component component(String id, String group) {
        return new Component(id, "Component " + id, Optional.ofNullable(group), Optional.empty());
    }

    public static SiteConfig config(String zone, Component... components) {
        return new SiteConfig("Test Status", "https://status.test.example", ZoneId.of(zone), Arrays.asList(components),
                Severity.defaults(), PostmortemPolicy.defaults(), ActionItemPolicy.defaults(),
                Positions.none("sitrep.yaml"));
    }

    public static StatusRepository repository(SiteConfig config, List<Incident> incidents,
                                              List<Maintenance> maintenances) {
        return new StatusRepository(config, incidents, maintenances);
    }

    public static IncidentBuilder incident(String id) {
        return new IncidentBuilder(id);
    }

    public static Maintenance maintenance(String id, String start, String end, List<String> components,
                                          MaintenanceStatus... statuses) {
        List<MaintenanceUpdate> updates = new ArrayList<>();
        Instant t = at(start).minusSeconds(86_400);
        for (MaintenanceStatus status : statuses) {
            updates.add(new MaintenanceUpdate(t, status, "Maintenance " + status.id() + "."));
            t = t.plusSeconds(60);
        }
        return new Maintenance(id, "maintenance/" + id + ".yaml", "Maintenance " + id, components, at(start), at(end),
                updates, Positions.none("maintenance/" + id + ".yaml"));
    }

    public static ActionItem actionItem(String id, String due, ActionStatus status, String completed) {
        return new ActionItem(id, "Do " + id, "owner", Priority.SHORT_TERM, Optional.empty(), LocalDate.parse(due),
                status, Optional.ofNullable(completed).map(LocalDate::parse), Optional.empty(), "/actionItems/0");
    }

    public static Postmortem postmortem(String published, ActionItem... items) {
        return new Postmortem("pm.md", List.of("Dana"), published == null ? PostmortemStatus.DRAFT
                : PostmortemStatus.PUBLISHED, Optional.ofNullable(published).map(Instant::parse), Arrays.asList(items),
                "## Summary\n\nText.\n", 5, List.of(), Positions.none("pm.md"));
    }

    /** Builds an incident: detected is required, everything else optional. */
    public static final class IncidentBuilder {
        private final String id;
        private String title;
        private String severity = "P1";
        private final List<AffectedComponent> components = new ArrayList<>();
        private Instant started;
        private Instant detected;
        private Instant acknowledged;
        private Instant resolved;
        private final List<StatusUpdate> updates = new ArrayList<>();
        private Postmortem postmortem;

        private IncidentBuilder(String id) {
            this.id = id;
            this.title = "Incident " + id;
        }

        public IncidentBuilder title(String value) {
            title = value;
            return this;
        }

        public IncidentBuilder severity(String value) {
            severity = value;
            return this;
        }

        public IncidentBuilder affects(String component, ComponentImpact impact) {
            components.add(new AffectedComponent(component, impact));
            return this;
        }

        public IncidentBuilder started(String value) {
            started = at(value);
            return this;
        }

        public IncidentBuilder detected(String value) {
            detected = at(value);
            return this;
        }

        public IncidentBuilder acknowledged(String value) {
            acknowledged = at(value);
            return this;
        }

        /** Resolves the incident at {@code value}: the resolved field and a last update with status resolved. */
        public IncidentBuilder resolved(String value) {
            resolved = at(value);
            return this;
        }

        public IncidentBuilder update(String value, IncidentStatus status, String message) {
            updates.add(new StatusUpdate(at(value), status, message));
            return this;
        }

        public IncidentBuilder postmortem(Postmortem value) {
            postmortem = value;
            return this;
        }

        public Incident build() {
            List<StatusUpdate> all = new ArrayList<>(updates);
            if (all.isEmpty()) {
                all.add(new StatusUpdate(detected, IncidentStatus.INVESTIGATING, "Investigating " + id + "."));
            }
            if (resolved != null && all.get(all.size() - 1).status() != IncidentStatus.RESOLVED) {
                all.add(new StatusUpdate(resolved, IncidentStatus.RESOLVED, "Resolved " + id + "."));
            }
            return new Incident(id, "incidents/" + id + "/incident.yaml", title, severity, components,
                    Optional.empty(), Optional.ofNullable(started), detected, Optional.ofNullable(acknowledged),
                    Optional.empty(), Optional.ofNullable(resolved), all, Optional.ofNullable(postmortem),
                    Positions.none("incidents/" + id + "/incident.yaml"));
        }
    }
}
