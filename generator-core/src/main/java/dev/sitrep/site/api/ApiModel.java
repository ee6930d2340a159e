package dev.sitrep.site.api;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.sitrep.site.JsonDocuments.Document;

import java.io.IOException;
import java.util.List;

import static dev.sitrep.site.JsonDocuments.array;
import static dev.sitrep.site.JsonDocuments.object;

/**
 * The records of the Statuspage API v2 documents, field for field; each writes its fields under Statuspage's names,
 * in Statuspage's order. A {@code null} field is written as JSON {@code null}, as Statuspage does for optional values
 * (a component's description, an open incident's {@code resolved_at}); required fields are never null.
 */
final class ApiModel {

    private ApiModel() {
    }

    record Page(String id, String name, String url, String timeZone, String updatedAt) implements Document {
        @Override
        public void write(JsonGenerator json) throws IOException {
            json.writeStartObject();
            json.writeStringField("id", id);
            json.writeStringField("name", name);
            json.writeStringField("url", url);
            json.writeStringField("time_zone", timeZone);
            json.writeStringField("updated_at", updatedAt);
            json.writeEndObject();
        }
    }

    record Status(String indicator, String description) implements Document {
        @Override
        public void write(JsonGenerator json) throws IOException {
            json.writeStartObject();
            json.writeStringField("indicator", indicator);
            json.writeStringField("description", description);
            json.writeEndObject();
        }
    }

    /**
     * A component, or a group of components ({@code group: true} with the ids of its {@code components}, a field
     * that plain components do not have).
     */
    record Component(String id, String name, String status, String createdAt, String updatedAt, int position,
                     String description, boolean showcase, String startDate, String groupId, String pageId,
                     boolean group, boolean onlyShowIfDegraded, List<String> components) implements Document {
        @Override
        public void write(JsonGenerator json) throws IOException {
            json.writeStartObject();
            json.writeStringField("id", id);
            json.writeStringField("name", name);
            json.writeStringField("status", status);
            json.writeStringField("created_at", createdAt);
            json.writeStringField("updated_at", updatedAt);
            json.writeNumberField("position", position);
            json.writeStringField("description", description);
            json.writeBooleanField("showcase", showcase);
            json.writeStringField("start_date", startDate);
            json.writeStringField("group_id", groupId);
            json.writeStringField("page_id", pageId);
            json.writeBooleanField("group", group);
            json.writeBooleanField("only_show_if_degraded", onlyShowIfDegraded);
            if (components != null) {
                json.writeArrayFieldStart("components");
                for (String component : components) {
                    json.writeString(component);
                }
                json.writeEndArray();
            }
            json.writeEndObject();
        }
    }

    record AffectedComponent(String code, String name, String oldStatus, String newStatus) implements Document {
        @Override
        public void write(JsonGenerator json) throws IOException {
            json.writeStartObject();
            json.writeStringField("code", code);
            json.writeStringField("name", name);
            json.writeStringField("old_status", oldStatus);
            json.writeStringField("new_status", newStatus);
            json.writeEndObject();
        }
    }

    record IncidentUpdate(String id, String status, String body, String incidentId, String createdAt,
                          String updatedAt, String displayAt, List<AffectedComponent> affectedComponents)
            implements Document {
        @Override
        public void write(JsonGenerator json) throws IOException {
            json.writeStartObject();
            json.writeStringField("id", id);
            json.writeStringField("status", status);
            json.writeStringField("body", body);
            json.writeStringField("incident_id", incidentId);
            json.writeStringField("created_at", createdAt);
            json.writeStringField("updated_at", updatedAt);
            json.writeStringField("display_at", displayAt);
            array(json, "affected_components", affectedComponents);
            json.writeEndObject();
        }
    }

    record Incident(String id, String name, String status, String createdAt, String updatedAt, String monitoringAt,
                    String resolvedAt, String impact, String shortlink, String startedAt, String pageId,
                    List<IncidentUpdate> incidentUpdates, List<Component> components) implements Document {
        @Override
        public void write(JsonGenerator json) throws IOException {
            json.writeStartObject();
            writeIncidentFields(json, id, name, status, createdAt, updatedAt, monitoringAt, resolvedAt, impact,
                    shortlink, startedAt, pageId, incidentUpdates, components);
            json.writeEndObject();
        }
    }

    /** A maintenance: an incident's fields, then when it is scheduled. */
    record ScheduledMaintenance(String id, String name, String status, String createdAt, String updatedAt,
                                String monitoringAt, String resolvedAt, String impact, String shortlink,
                                String startedAt, String pageId, List<IncidentUpdate> incidentUpdates,
                                List<Component> components, String scheduledFor, String scheduledUntil)
            implements Document {
        @Override
        public void write(JsonGenerator json) throws IOException {
            json.writeStartObject();
            writeIncidentFields(json, id, name, status, createdAt, updatedAt, monitoringAt, resolvedAt, impact,
                    shortlink, startedAt, pageId, incidentUpdates, components);
            json.writeStringField("scheduled_for", scheduledFor);
            json.writeStringField("scheduled_until", scheduledUntil);
            json.writeEndObject();
        }
    }

    /** The fields that Statuspage's incidents and maintenances share, in its order. */
    private static void writeIncidentFields(JsonGenerator json, String id, String name, String status,
                                            String createdAt, String updatedAt, String monitoringAt,
                                            String resolvedAt, String impact, String shortlink, String startedAt,
                                            String pageId, List<IncidentUpdate> incidentUpdates,
                                            List<Component> components) throws IOException {
        json.writeStringField("id", id);
        json.writeStringField("name", name);
        json.writeStringField("status", status);
        json.writeStringField("created_at", createdAt);
        json.writeStringField("updated_at", updatedAt);
        json.writeStringField("monitoring_at", monitoringAt);
        json.writeStringField("resolved_at", resolvedAt);
        json.writeStringField("impact", impact);
        json.writeStringField("shortlink", shortlink);
        json.writeStringField("started_at", startedAt);
        json.writeStringField("page_id", pageId);
        array(json, "incident_updates", incidentUpdates);
        array(json, "components", components);
    }

    record Summary(Page page, List<Component> components, List<Incident> incidents,
                   List<ScheduledMaintenance> scheduledMaintenances, Status status) implements Document {
        @Override
        public void write(JsonGenerator json) throws IOException {
            json.writeStartObject();
            object(json, "page", page);
            array(json, "components", components);
            array(json, "incidents", incidents);
            array(json, "scheduled_maintenances", scheduledMaintenances);
            object(json, "status", status);
            json.writeEndObject();
        }
    }

    record StatusDocument(Page page, Status status) implements Document {
        @Override
        public void write(JsonGenerator json) throws IOException {
            json.writeStartObject();
            object(json, "page", page);
            object(json, "status", status);
            json.writeEndObject();
        }
    }

    /**
     * The page and one list: {@code components.json} ({@code components}), {@code incidents.json} and
     * {@code incidents/unresolved.json} ({@code incidents}), and the maintenance lists
     * ({@code scheduled_maintenances}).
     */
    record PageList(Page page, String field, List<? extends Document> items) implements Document {
        @Override
        public void write(JsonGenerator json) throws IOException {
            json.writeStartObject();
            object(json, "page", page);
            array(json, field, items);
            json.writeEndObject();
        }
    }
}
