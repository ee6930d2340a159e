package dev.sitrep.site.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sitrep.model.Incident;
import dev.sitrep.model.IncidentStatus;
import dev.sitrep.model.MaintenanceStatus;
import dev.sitrep.model.SiteConfig;
import dev.sitrep.model.StatusRepository;
import dev.sitrep.site.OutputFile;
import dev.sitrep.site.SiteContext;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

import static dev.sitrep.Fixture.at;
import static dev.sitrep.Fixture.component;
import static dev.sitrep.Fixture.config;
import static dev.sitrep.Fixture.incident;
import static dev.sitrep.Fixture.maintenance;
import static dev.sitrep.Fixture.postmortem;
import static dev.sitrep.model.ComponentImpact.DEGRADED_PERFORMANCE;
import static dev.sitrep.model.ComponentImpact.MAJOR_OUTAGE;
import static dev.sitrep.model.ComponentImpact.PARTIAL_OUTAGE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StatusApiTest {

    private static final Instant NOW = at("2026-11-20T12:00:00Z");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SiteConfig CONFIG = config("Europe/Berlin", component("api", "Core Services"),
            component("web", "Core Services"), component("db", null));

    private static final Incident OPEN = incident("open-one").severity("P2").affects("web", DEGRADED_PERFORMANCE)
            .affects("api", PARTIAL_OUTAGE).started("2026-11-20T10:00:00Z").detected("2026-11-20T10:05:00Z")
            .update("2026-11-20T10:10:00Z", IncidentStatus.INVESTIGATING, "Looking <into> it & more.")
            .update("2026-11-20T10:40:00Z", IncidentStatus.MONITORING, "A fix is out.")
            .build();
    private static final Incident WITH_POSTMORTEM = incident("old-outage").severity("P0").affects("db", MAJOR_OUTAGE)
            .detected("2026-11-01T10:00:00Z").acknowledged("2026-11-01T10:02:00Z").resolved("2026-11-01T11:00:00Z")
            .postmortem(postmortem("2026-11-02T09:00:00Z")).build();
    private static final Incident RESOLVED = incident("resolved-one").severity("P1").affects("api", MAJOR_OUTAGE)
            .detected("2026-11-10T10:00:00Z").resolved("2026-11-10T12:00:00Z").build();

    private static StatusRepository repository() {
        return new StatusRepository(CONFIG, List.of(OPEN, WITH_POSTMORTEM, RESOLVED), List.of(
                maintenance("active-work", "2026-11-20T11:00:00Z", "2026-11-20T13:00:00Z", List.of("db"),
                        MaintenanceStatus.SCHEDULED, MaintenanceStatus.IN_PROGRESS),
                maintenance("later-work", "2026-12-01T02:00:00Z", "2026-12-01T04:00:00Z", List.of("api"),
                        MaintenanceStatus.SCHEDULED),
                maintenance("done-work", "2026-10-01T02:00:00Z", "2026-10-01T04:00:00Z", List.of("api"),
                        MaintenanceStatus.SCHEDULED, MaintenanceStatus.IN_PROGRESS, MaintenanceStatus.COMPLETED)));
    }

    private static List<OutputFile> render(StatusRepository repository) {
        return new StatusApi().render(new SiteContext(repository, NOW, Optional.empty()));
    }

    private static JsonNode file(List<OutputFile> files, String path) throws IOException {
        OutputFile file = files.stream().filter(f -> f.path().equals(path)).findFirst().orElseThrow();
        return JSON.readTree(file.content());
    }

    private static List<String> fields(JsonNode node) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        array.forEach(n -> values.add(n.get(field).isNull() ? null : n.get(field).asText()));
        return values;
    }

    @Test
    void writesTheEightStatuspageFilesEndingWithANewline() {
        List<OutputFile> files = render(repository());

        assertEquals(List.of("api/v2/components.json", "api/v2/incidents.json", "api/v2/incidents/unresolved.json",
                "api/v2/scheduled-maintenances.json", "api/v2/scheduled-maintenances/active.json",
                "api/v2/scheduled-maintenances/upcoming.json", "api/v2/status.json", "api/v2/summary.json"),
                files.stream().map(OutputFile::path).toList());
        for (OutputFile file : files) {
            String text = new String(file.content(), StandardCharsets.UTF_8);
            assertTrue(text.endsWith("}\n"), file.path());
            assertFalse(text.contains("\r"), file.path());
        }
    }

    @Test
    void summaryHasStatuspagesTopLevelShape() throws IOException {
        JsonNode summary = file(render(repository()), "api/v2/summary.json");

        assertEquals(List.of("page", "components", "incidents", "scheduled_maintenances", "status"), fields(summary));
        assertEquals(List.of("id", "name", "url", "time_zone", "updated_at"), fields(summary.get("page")));
        assertEquals("status-test-example", summary.at("/page/id").asText());
        assertEquals("https://status.test.example", summary.at("/page/url").asText());
        assertEquals("Europe/Berlin", summary.at("/page/time_zone").asText());
        // the latest update of anything up to now: the open incident's monitoring update
        assertEquals("2026-11-20T10:40:00.000Z", summary.at("/page/updated_at").asText());
        assertEquals("major", summary.at("/status/indicator").asText());
        assertEquals("Partial System Outage", summary.at("/status/description").asText());
        assertEquals(List.of("open-one"), texts(summary.get("incidents"), "id"));
        assertEquals(List.of("active-work", "later-work"), texts(summary.get("scheduled_maintenances"), "id"));
    }

    @Test
    void componentsWithGroupsAsGroupComponents() throws IOException {
        JsonNode components = file(render(repository()), "api/v2/components.json").get("components");

        assertEquals(List.of("group-core-services", "api", "web", "db"), texts(components, "id"));
        assertEquals(List.of("id", "name", "status", "created_at", "updated_at", "position", "description",
                "showcase", "start_date", "group_id", "page_id", "group", "only_show_if_degraded", "components"),
                fields(components.get(0)));
        assertEquals(List.of("id", "name", "status", "created_at", "updated_at", "position", "description",
                "showcase", "start_date", "group_id", "page_id", "group", "only_show_if_degraded"),
                fields(components.get(1)));
        JsonNode group = components.get(0);
        assertTrue(group.get("group").asBoolean());
        assertEquals("partial_outage", group.get("status").asText());
        assertEquals("[\"api\",\"web\"]", group.get("components").toString());
        assertEquals(List.of("partial_outage", "partial_outage", "degraded_performance", "under_maintenance"),
                texts(components, "status"));
        assertEquals(List.of("1", "2", "3", "4"), texts(components, "position"));
        assertEquals("group-core-services", components.get(1).get("group_id").asText());
        assertTrue(components.get(3).get("group_id").isNull());
        assertTrue(components.get(1).get("description").isNull());
        // the earliest time in the repository, not the clock
        assertEquals("2026-09-30T02:00:00.000Z", components.get(1).get("created_at").asText());
    }

    @Test
    void incidentsNewestFirstWithStatuspageFields() throws IOException {
        JsonNode incidents = file(render(repository()), "api/v2/incidents.json").get("incidents");

        assertEquals(List.of("open-one", "resolved-one", "old-outage"), texts(incidents, "id"));
        assertEquals(List.of("monitoring", "resolved", "postmortem"), texts(incidents, "status"));
        assertEquals(List.of("minor", "major", "critical"), texts(incidents, "impact"));
        JsonNode open = incidents.get(0);
        assertEquals(List.of("id", "name", "status", "created_at", "updated_at", "monitoring_at", "resolved_at",
                "impact", "shortlink", "started_at", "page_id", "incident_updates", "components"), fields(open));
        assertEquals("2026-11-20T10:05:00.000Z", open.get("created_at").asText());
        assertEquals("2026-11-20T10:00:00.000Z", open.get("started_at").asText());
        assertEquals("2026-11-20T10:40:00.000Z", open.get("updated_at").asText());
        assertEquals("2026-11-20T10:40:00.000Z", open.get("monitoring_at").asText());
        assertTrue(open.get("resolved_at").isNull());
        assertEquals("https://status.test.example/incidents/open-one/", open.get("shortlink").asText());
        assertEquals(List.of("api", "web"), texts(open.get("components"), "id"));

        JsonNode updates = open.get("incident_updates");
        assertEquals(List.of("open-one-2", "open-one-1"), texts(updates, "id"));
        assertEquals(List.of("id", "status", "body", "incident_id", "created_at", "updated_at", "display_at",
                "affected_components"), fields(updates.get(0)));
        assertEquals("Looking <into> it & more.", updates.get(1).get("body").asText());
        assertTrue(updates.get(0).get("affected_components").isNull());
        assertEquals("[{\"code\":\"web\",\"name\":\"Component web\",\"old_status\":\"operational\","
                + "\"new_status\":\"degraded_performance\"},{\"code\":\"api\",\"name\":\"Component api\","
                + "\"old_status\":\"operational\",\"new_status\":\"partial_outage\"}]",
                updates.get(1).get("affected_components").toString());

        JsonNode postmortem = incidents.get(2);
        assertEquals("2026-11-01T11:00:00.000Z", postmortem.get("resolved_at").asText());
        assertEquals("2026-11-02T09:00:00.000Z", postmortem.get("updated_at").asText());
        assertEquals("old-outage-2", postmortem.at("/incident_updates/0/id").asText());
        assertEquals("[{\"code\":\"db\",\"name\":\"Component db\",\"old_status\":\"major_outage\","
                        + "\"new_status\":\"operational\"}]",
                postmortem.at("/incident_updates/0/affected_components").toString());
    }

    @Test
    void unresolvedListsOnlyOpenIncidents() throws IOException {
        JsonNode unresolved = file(render(repository()), "api/v2/incidents/unresolved.json");

        assertEquals(List.of("page", "incidents"), fields(unresolved));
        assertEquals(List.of("open-one"), texts(unresolved.get("incidents"), "id"));
    }

    @Test
    void scheduledMaintenances() throws IOException {
        List<OutputFile> files = render(repository());
        JsonNode all = file(files, "api/v2/scheduled-maintenances.json").get("scheduled_maintenances");
        JsonNode active = file(files, "api/v2/scheduled-maintenances/active.json").get("scheduled_maintenances");
        JsonNode upcoming = file(files, "api/v2/scheduled-maintenances/upcoming.json").get("scheduled_maintenances");

        assertEquals(List.of("later-work", "active-work", "done-work"), texts(all, "id"));
        assertEquals(List.of("scheduled", "in_progress", "completed"), texts(all, "status"));
        assertEquals(List.of("active-work"), texts(active, "id"));
        assertEquals(List.of("later-work"), texts(upcoming, "id"));
        JsonNode done = all.get(2);
        assertEquals(List.of("id", "name", "status", "created_at", "updated_at", "monitoring_at", "resolved_at",
                "impact", "shortlink", "started_at", "page_id", "incident_updates", "components", "scheduled_for",
                "scheduled_until"), fields(done));
        assertEquals("maintenance", done.get("impact").asText());
        assertEquals("2026-10-01T02:00:00.000Z", done.get("scheduled_for").asText());
        assertEquals("2026-10-01T04:00:00.000Z", done.get("scheduled_until").asText());
        assertEquals("2026-09-30T02:02:00.000Z", done.get("resolved_at").asText());
        assertEquals(List.of("done-work-3", "done-work-2", "done-work-1"), texts(done.get("incident_updates"), "id"));
        assertEquals("under_maintenance", done.at("/incident_updates/1/affected_components/0/new_status").asText());
        assertEquals("operational", done.at("/incident_updates/0/affected_components/0/new_status").asText());
    }

    @Test
    void fullListsHoldTheFiftyMostRecent() throws IOException {
        List<Incident> incidents = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            Instant detected = at("2026-01-01T00:00:00Z").plusSeconds(86_400L * i);
            incidents.add(incident(String.format("i-%02d", i)).severity("P3").affects("db", DEGRADED_PERFORMANCE)
                    .detected(detected.toString()).resolved(detected.plusSeconds(60).toString()).build());
        }
        JsonNode list = file(render(new StatusRepository(CONFIG, incidents, List.of())), "api/v2/incidents.json")
                .get("incidents");

        assertEquals(50, list.size());
        assertEquals("i-59", list.get(0).get("id").asText());
        assertEquals("i-10", list.get(49).get("id").asText());
    }

    @Test
    void sameInputSameBytes() {
        assertEquals(render(repository()), render(repository()));
    }

    @Test
    void emptyRepositoryUsesTheClockOnlyWhereNothingElseExists() throws IOException {
        JsonNode summary = file(render(new StatusRepository(CONFIG, List.of(), List.of())), "api/v2/summary.json");

        assertEquals("2026-11-20T12:00:00.000Z", summary.at("/page/updated_at").asText());
        assertEquals("none", summary.at("/status/indicator").asText());
        assertEquals("All Systems Operational", summary.at("/status/description").asText());
        assertEquals("[]", summary.get("incidents").toString());
    }

    @Test
    void groupIdsDoNotCollideWithComponentIds() throws IOException {
        SiteConfig config = config("UTC", component("group-core", "Core"), component("x", "Core"));
        JsonNode components = file(render(new StatusRepository(config, List.of(), List.of())),
                "api/v2/components.json").get("components");

        assertEquals(List.of("group-core-2", "group-core", "x"), texts(components, "id"));
    }
}
