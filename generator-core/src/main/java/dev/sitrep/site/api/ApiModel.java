package dev.sitrep.site.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;

/**
 * The records of the Statuspage API v2 documents, field for field and in Statuspage's order. A {@code null} field is
 * written as JSON {@code null}, as Statuspage does for optional values (a component's description, an open
 * incident's {@code resolved_at}); required fields are never null.
 */
final class ApiModel {

    private ApiModel() {
    }

    @JsonPropertyOrder({"id", "name", "url", "time_zone", "updated_at"})
    record Page(String id, String name, String url, @JsonProperty("time_zone") String timeZone,
                @JsonProperty("updated_at") String updatedAt) {
    }

    @JsonPropertyOrder({"indicator", "description"})
    record Status(String indicator, String description) {
    }

    /** A component, or a group of components ({@code group: true} with the ids of its {@code components}). */
    @JsonPropertyOrder({"id", "name", "status", "created_at", "updated_at", "position", "description", "showcase",
            "start_date", "group_id", "page_id", "group", "only_show_if_degraded", "components"})
    record Component(String id, String name, String status, @JsonProperty("created_at") String createdAt,
                     @JsonProperty("updated_at") String updatedAt, int position, String description,
                     boolean showcase, @JsonProperty("start_date") String startDate,
                     @JsonProperty("group_id") String groupId, @JsonProperty("page_id") String pageId,
                     boolean group, @JsonProperty("only_show_if_degraded") boolean onlyShowIfDegraded,
                     @JsonInclude(JsonInclude.Include.NON_NULL) List<String> components) {
    }

    @JsonPropertyOrder({"code", "name", "old_status", "new_status"})
    record AffectedComponent(String code, String name, @JsonProperty("old_status") String oldStatus,
                             @JsonProperty("new_status") String newStatus) {
    }

    @JsonPropertyOrder({"id", "status", "body", "incident_id", "created_at", "updated_at", "display_at",
            "affected_components"})
    record IncidentUpdate(String id, String status, String body, @JsonProperty("incident_id") String incidentId,
                          @JsonProperty("created_at") String createdAt, @JsonProperty("updated_at") String updatedAt,
                          @JsonProperty("display_at") String displayAt,
                          @JsonProperty("affected_components") List<AffectedComponent> affectedComponents) {
    }

    @JsonPropertyOrder({"id", "name", "status", "created_at", "updated_at", "monitoring_at", "resolved_at", "impact",
            "shortlink", "started_at", "page_id", "incident_updates", "components"})
    record Incident(String id, String name, String status, @JsonProperty("created_at") String createdAt,
                    @JsonProperty("updated_at") String updatedAt, @JsonProperty("monitoring_at") String monitoringAt,
                    @JsonProperty("resolved_at") String resolvedAt, String impact, String shortlink,
                    @JsonProperty("started_at") String startedAt, @JsonProperty("page_id") String pageId,
                    @JsonProperty("incident_updates") List<IncidentUpdate> incidentUpdates,
                    List<Component> components) {
    }

    @JsonPropertyOrder({"id", "name", "status", "created_at", "updated_at", "monitoring_at", "resolved_at", "impact",
            "shortlink", "started_at", "page_id", "incident_updates", "components", "scheduled_for",
            "scheduled_until"})
    record ScheduledMaintenance(String id, String name, String status, @JsonProperty("created_at") String createdAt,
                                @JsonProperty("updated_at") String updatedAt,
                                @JsonProperty("monitoring_at") String monitoringAt,
                                @JsonProperty("resolved_at") String resolvedAt, String impact, String shortlink,
                                @JsonProperty("started_at") String startedAt, @JsonProperty("page_id") String pageId,
                                @JsonProperty("incident_updates") List<IncidentUpdate> incidentUpdates,
                                List<Component> components, @JsonProperty("scheduled_for") String scheduledFor,
                                @JsonProperty("scheduled_until") String scheduledUntil) {
    }

    @JsonPropertyOrder({"page", "components", "incidents", "scheduled_maintenances", "status"})
    record Summary(Page page, List<Component> components, List<Incident> incidents,
                   @JsonProperty("scheduled_maintenances") List<ScheduledMaintenance> scheduledMaintenances,
                   Status status) {
    }

    @JsonPropertyOrder({"page", "status"})
    record StatusDocument(Page page, Status status) {
    }

    @JsonPropertyOrder({"page", "components"})
    record Components(Page page, List<Component> components) {
    }

    @JsonPropertyOrder({"page", "incidents"})
    record Incidents(Page page, List<Incident> incidents) {
    }

    @JsonPropertyOrder({"page", "scheduled_maintenances"})
    record ScheduledMaintenances(Page page,
                                 @JsonProperty("scheduled_maintenances") List<ScheduledMaintenance> scheduledMaintenances) {
    }
}
