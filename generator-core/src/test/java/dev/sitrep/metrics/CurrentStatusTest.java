package dev.sitrep.metrics;

import dev.sitrep.model.Incident;
import dev.sitrep.model.MaintenanceStatus;
import dev.sitrep.model.SiteConfig;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static dev.sitrep.Fixture.at;
import static dev.sitrep.Fixture.component;
import static dev.sitrep.Fixture.config;
import static dev.sitrep.Fixture.incident;
import static dev.sitrep.Fixture.maintenance;
import static dev.sitrep.Fixture.repository;
import static dev.sitrep.model.ComponentImpact.DEGRADED_PERFORMANCE;
import static dev.sitrep.model.ComponentImpact.MAJOR_OUTAGE;
import static dev.sitrep.model.ComponentImpact.PARTIAL_OUTAGE;
import static org.junit.jupiter.api.Assertions.assertEquals;

class CurrentStatusTest {

    private static final Instant NOW = at("2026-11-20T12:00:00Z");
    private static final SiteConfig CONFIG = config("UTC", component("api", "Core"), component("web", "Core"),
            component("db", "Data"), component("docs", null));

    @Test
    void everythingOperationalWithoutIncidentsOrMaintenance() {
        CurrentStatus status = CurrentStatus.of(repository(CONFIG, List.of(), List.of()), NOW);

        assertEquals(Indicator.NONE, status.indicator());
        assertEquals("All Systems Operational", status.indicator().description());
        assertEquals(List.of(ComponentStatus.OPERATIONAL, ComponentStatus.OPERATIONAL, ComponentStatus.OPERATIONAL,
                ComponentStatus.OPERATIONAL), status.components().stream().map(ComponentState::status).toList());
        assertEquals(List.of("Core", "Data"), status.groups().stream().map(GroupState::name).toList());
    }

    @Test
    void componentTakesTheWorstImpactOfItsUnresolvedIncidents() {
        Incident degraded = incident("a").severity("P2").affects("api", DEGRADED_PERFORMANCE)
                .detected("2026-11-20T10:00:00Z").build();
        Incident partial = incident("b").severity("P2").affects("api", PARTIAL_OUTAGE).affects("web", DEGRADED_PERFORMANCE)
                .detected("2026-11-20T11:00:00Z").build();
        Incident resolvedMajor = incident("c").severity("P0").affects("api", MAJOR_OUTAGE)
                .detected("2026-11-20T08:00:00Z").resolved("2026-11-20T09:00:00Z").build();

        CurrentStatus status = CurrentStatus.of(repository(CONFIG, List.of(degraded, partial, resolvedMajor),
                List.of()), NOW);

        assertEquals(ComponentStatus.PARTIAL_OUTAGE, status.component("api").status());
        assertEquals(List.of("a", "b"), status.component("api").incidentIds());
        assertEquals(ComponentStatus.DEGRADED_PERFORMANCE, status.component("web").status());
        assertEquals(ComponentStatus.OPERATIONAL, status.component("db").status());
        assertEquals(ComponentStatus.PARTIAL_OUTAGE, status.groups().get(0).status());
        assertEquals(ComponentStatus.OPERATIONAL, status.groups().get(1).status());
        // P2 is minor, but a partial outage rolls up to major
        assertEquals(Indicator.MAJOR, status.indicator());
        assertEquals("Partial System Outage", status.indicator().description());
        assertEquals(List.of("b", "a"), status.unresolved().stream().map(Incident::id).toList());
    }

    @Test
    void severityImpactCanBeWorseThanTheComponentStatuses() {
        Incident critical = incident("a").severity("P0").affects("api", DEGRADED_PERFORMANCE)
                .detected("2026-11-20T10:00:00Z").build();

        CurrentStatus status = CurrentStatus.of(repository(CONFIG, List.of(critical), List.of()), NOW);

        assertEquals(ComponentStatus.DEGRADED_PERFORMANCE, status.component("api").status());
        assertEquals(Indicator.CRITICAL, status.indicator());
        assertEquals("Major System Outage", status.indicator().description());
    }

    @Test
    void lowSeverityWithMajorOutageIsCritical() {
        Incident low = incident("a").severity("P3").affects("docs", MAJOR_OUTAGE).detected("2026-11-20T10:00:00Z")
                .build();

        CurrentStatus status = CurrentStatus.of(repository(CONFIG, List.of(low), List.of()), NOW);

        assertEquals(ComponentStatus.MAJOR_OUTAGE, status.component("docs").status());
        assertEquals(Indicator.CRITICAL, status.indicator());
    }

    @Test
    void activeMaintenancePutsItsComponentsUnderMaintenance() {
        var active = maintenance("upgrade", "2026-11-20T11:00:00Z", "2026-11-20T13:00:00Z", List.of("db", "api"),
                MaintenanceStatus.SCHEDULED);
        var upcoming = maintenance("later", "2026-12-01T02:00:00Z", "2026-12-01T04:00:00Z", List.of("web"),
                MaintenanceStatus.SCHEDULED);
        var done = maintenance("done", "2026-11-01T02:00:00Z", "2026-11-01T04:00:00Z", List.of("web"),
                MaintenanceStatus.SCHEDULED, MaintenanceStatus.COMPLETED);

        CurrentStatus status = CurrentStatus.of(repository(CONFIG, List.of(), List.of(upcoming, active, done)), NOW);

        assertEquals(ComponentStatus.UNDER_MAINTENANCE, status.component("db").status());
        assertEquals(List.of("upgrade"), status.component("db").maintenanceIds());
        assertEquals(ComponentStatus.OPERATIONAL, status.component("web").status());
        assertEquals(Indicator.MAINTENANCE, status.indicator());
        assertEquals("Service Under Maintenance", status.indicator().description());
        assertEquals(List.of("upgrade"), status.activeMaintenances().stream().map(m -> m.id()).toList());
        assertEquals(List.of("later"), status.upcomingMaintenances().stream().map(m -> m.id()).toList());
    }

    @Test
    void incidentsWinOverMaintenance() {
        var active = maintenance("upgrade", "2026-11-20T11:00:00Z", "2026-11-20T13:00:00Z", List.of("db", "api"),
                MaintenanceStatus.IN_PROGRESS);
        Incident degraded = incident("a").severity("P3").affects("api", DEGRADED_PERFORMANCE)
                .detected("2026-11-20T11:30:00Z").build();

        CurrentStatus status = CurrentStatus.of(repository(CONFIG, List.of(degraded), List.of(active)), NOW);

        assertEquals(ComponentStatus.DEGRADED_PERFORMANCE, status.component("api").status());
        assertEquals(ComponentStatus.UNDER_MAINTENANCE, status.component("db").status());
        assertEquals(Indicator.MINOR, status.indicator());
    }
}
