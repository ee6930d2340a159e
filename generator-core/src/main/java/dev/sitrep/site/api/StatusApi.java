package dev.sitrep.site.api;

import dev.sitrep.metrics.ComponentState;
import dev.sitrep.metrics.ComponentStatus;
import dev.sitrep.metrics.CurrentStatus;
import dev.sitrep.metrics.GroupState;
import dev.sitrep.model.AffectedComponent;
import dev.sitrep.model.Component;
import dev.sitrep.model.Incident;
import dev.sitrep.model.IncidentStatus;
import dev.sitrep.model.Maintenance;
import dev.sitrep.model.MaintenanceStatus;
import dev.sitrep.model.MaintenanceUpdate;
import dev.sitrep.model.Postmortem;
import dev.sitrep.model.Severity;
import dev.sitrep.model.SiteConfig;
import dev.sitrep.model.StatusRepository;
import dev.sitrep.model.StatusUpdate;
import dev.sitrep.site.JsonDocuments;
import dev.sitrep.site.KeyedOutput;
import dev.sitrep.site.SiteContext;
import dev.sitrep.site.SitePart;
import dev.sitrep.site.SiteSink;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The Statuspage API v2 files: {@code api/v2/summary.json}, {@code status.json}, {@code components.json},
 * {@code incidents.json}, {@code incidents/unresolved.json}, {@code scheduled-maintenances.json},
 * {@code scheduled-maintenances/upcoming.json} and {@code scheduled-maintenances/active.json}, in the shapes and
 * enums of the public Statuspage API, so that existing clients and widgets can read them.
 *
 * <p>Mapping decisions where Statuspage has data that sitrep does not:
 * <ul>
 *   <li>Ids: an incident's and a maintenance's id are the file ids; an update's id is {@code <id>-<n>} with n
 *       counting from 1 in chronological order; a group's id is {@code group-<slug of its name>}; the page id is the
 *       host of {@code baseUrl} with every character but {@code a-z0-9} replaced by {@code -}.</li>
 *   <li>Times are UTC with milliseconds, as Statuspage writes them ({@code 2026-11-03T14:02:00.000Z}). Nothing
 *       depends on the wall clock: an {@code updated_at} is the latest update time it covers; only a repository
 *       without any update uses {@code now}. A component's {@code created_at} is the earliest time in the
 *       repository (sitrep does not know when a component was added).</li>
 *   <li>An incident's {@code created_at} is its detection time, {@code started_at} when impact began,
 *       {@code monitoring_at} its first {@code monitoring} update, {@code updated_at} its last update or the
 *       publication of its postmortem, whichever is later; its status is {@code postmortem} once resolved with a
 *       published postmortem; its impact is its severity's; its {@code shortlink} is its page on the site.</li>
 *   <li>Updates are listed newest first, as Statuspage does. {@code affected_components} lists the component
 *       changes of the first update (operational to the incident's impact) and of the resolving update (back to
 *       operational); it is {@code null} on other updates. For a maintenance, the changes are on the first
 *       {@code in_progress} update (to {@code under_maintenance}) and the {@code completed} update.</li>
 *   <li>Lists: {@code incidents.json} and {@code scheduled-maintenances.json} hold the 50 most recent entries, as
 *       Statuspage's do (incidents newest first by detection, maintenances by scheduled start, latest first);
 *       unresolved incidents are newest first; upcoming and active maintenances soonest first. Components are in
 *       configuration order, each group (a Statuspage group component) right before its members.</li>
 * </ul>
 */
public final class StatusApi implements SitePart {

    /** How many incidents and maintenances the full lists hold, as on Statuspage. */
    public static final int LIST_LIMIT = 50;

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'",
            Locale.ROOT).withZone(ZoneOffset.UTC);

    /** UTC with milliseconds, as Statuspage writes instants. */
    public static String time(Instant instant) {
        return TIME.format(instant);
    }

    @Override
    public void render(SiteContext context, SiteSink sink) {
        // each document is keyed by itself: one that did not change (most of them, on most builds) is kept as the
        // last build wrote it, without serialising it again
        KeyedOutput out = new KeyedOutput(context, sink);
        documents(context).forEach((path, document) -> out.put(path, document,
                () -> JsonDocuments.bytes(path, document)));
    }

    /** Every document of the API by its path, in path order. */
    private Map<String, JsonDocuments.Document> documents(SiteContext context) {
        Mapper mapper = new Mapper(context.repository(), context.now(), context.metrics().status());
        CurrentStatus status = mapper.status;
        ApiModel.Page page = mapper.page();
        List<ApiModel.Component> components = mapper.components();
        ApiModel.Status indicator = new ApiModel.Status(status.indicator().id(), status.indicator().description());

        List<ApiModel.Incident> unresolved = status.unresolved().stream().map(mapper::incident).toList();
        List<ApiModel.Incident> recent = context.repository().incidents().stream().sorted(CurrentStatus.NEWEST_FIRST)
                .limit(LIST_LIMIT).map(mapper::incident).toList();
        List<ApiModel.ScheduledMaintenance> active = status.activeMaintenances().stream().map(mapper::maintenance)
                .toList();
        List<ApiModel.ScheduledMaintenance> upcoming = status.upcomingMaintenances().stream()
                .map(mapper::maintenance).toList();
        List<ApiModel.ScheduledMaintenance> all = context.repository().maintenances().stream()
                .sorted(Comparator.comparing(Maintenance::scheduledStart).reversed().thenComparing(Maintenance::id))
                .limit(LIST_LIMIT).map(mapper::maintenance).toList();
        List<ApiModel.ScheduledMaintenance> current = new ArrayList<>(active);
        current.addAll(upcoming);

        Map<String, JsonDocuments.Document> documents = new LinkedHashMap<>();
        documents.put("api/v2/components.json", new ApiModel.PageList(page, "components", components));
        documents.put("api/v2/incidents.json", new ApiModel.PageList(page, "incidents", recent));
        documents.put("api/v2/incidents/unresolved.json", new ApiModel.PageList(page, "incidents", unresolved));
        String maintenances = "scheduled_maintenances";
        documents.put("api/v2/scheduled-maintenances.json", new ApiModel.PageList(page, maintenances, all));
        documents.put("api/v2/scheduled-maintenances/active.json", new ApiModel.PageList(page, maintenances, active));
        documents.put("api/v2/scheduled-maintenances/upcoming.json",
                new ApiModel.PageList(page, maintenances, upcoming));
        documents.put("api/v2/status.json", new ApiModel.StatusDocument(page, indicator));
        documents.put("api/v2/summary.json", new ApiModel.Summary(page, components, unresolved, current, indicator));
        return documents;
    }

    /** Maps the model of one run to API records; built once per render, with its lookups precomputed. */
    private static final class Mapper {
        private final SiteConfig config;
        private final Instant now;
        private final CurrentStatus status;
        private final String pageId;
        private final String baseUrl;
        private final String createdAt;
        private final Map<String, Severity> severities = new HashMap<>();
        private final Map<String, ApiModel.Component> componentsById = new LinkedHashMap<>();
        private final List<ApiModel.Component> components = new ArrayList<>();
        private final String pageUpdatedAt;

        Mapper(StatusRepository repository, Instant now, CurrentStatus status) {
            this.config = repository.config();
            this.now = now;
            this.status = status;
            this.baseUrl = stripSlash(config.baseUrl());
            this.pageId = pageId(config.baseUrl());
            config.severities().forEach(s -> severities.put(s.id(), s));

            Instant earliest = null;
            Instant latest = null;
            Map<String, Instant> componentUpdated = new HashMap<>();
            for (Incident incident : repository.incidents()) {
                earliest = min(earliest, incident.impactStart());
                Instant last = lastUpdate(incident);
                if (last != null) {
                    latest = max(latest, last);
                    for (AffectedComponent affected : incident.components()) {
                        componentUpdated.merge(affected.componentId(), last, StatusApi::max);
                    }
                }
            }
            for (Maintenance maintenance : repository.maintenances()) {
                earliest = min(earliest, maintenance.updates().isEmpty() ? maintenance.scheduledStart()
                        : maintenance.updates().get(0).at());
                Instant last = null;
                for (MaintenanceUpdate update : maintenance.updates()) {
                    if (!update.at().isAfter(now)) {
                        last = max(last, update.at());
                    }
                }
                if (last != null) {
                    latest = max(latest, last);
                    for (String componentId : maintenance.components()) {
                        componentUpdated.merge(componentId, last, StatusApi::max);
                    }
                }
            }
            Instant created = earliest == null || earliest.isAfter(now) ? now : earliest;
            this.createdAt = time(created);
            this.pageUpdatedAt = time(latest == null ? now : latest);

            Map<String, GroupState> groups = new HashMap<>();
            status.groups().forEach(g -> groups.put(g.name(), g));
            Map<String, String> groupIds = groupIds(status.groups(), status.components());
            int position = 1;
            Set<String> emitted = new HashSet<>();
            for (ComponentState state : status.components()) {
                Optional<String> group = state.component().group();
                if (group.isPresent() && emitted.add(group.get())) {
                    GroupState g = groups.get(group.get());
                    Instant groupUpdated = null;
                    for (ComponentState member : g.components()) {
                        groupUpdated = max(groupUpdated, componentUpdated.get(member.component().id()));
                    }
                    components.add(new ApiModel.Component(groupIds.get(g.name()), g.name(), g.status().id(),
                            createdAt, groupUpdated == null ? createdAt : time(groupUpdated), position++, null,
                            false, null, null, pageId, true, false,
                            g.components().stream().map(m -> m.component().id()).toList()));
                }
                Component c = state.component();
                Instant updated = componentUpdated.get(c.id());
                ApiModel.Component json = new ApiModel.Component(c.id(), c.name(), state.status().id(), createdAt,
                        updated == null ? createdAt : time(updated), position++, c.description().orElse(null),
                        true, null, group.map(groupIds::get).orElse(null), pageId, false, false, null);
                components.add(json);
                componentsById.put(c.id(), json);
            }
        }

        /** The latest of an incident's update times and postmortem publication that is not after now. */
        private Instant lastUpdate(Incident incident) {
            Instant last = null;
            for (StatusUpdate update : incident.updates()) {
                if (!update.at().isAfter(now)) {
                    last = max(last, update.at());
                }
            }
            Optional<Instant> published = incident.postmortem().filter(Postmortem::isPublished)
                    .flatMap(Postmortem::published).filter(p -> !p.isAfter(now));
            return published.isPresent() ? max(last, published.get()) : last;
        }

        ApiModel.Page page() {
            return new ApiModel.Page(pageId, config.title(), baseUrl, config.timezone().getId(), pageUpdatedAt);
        }

        List<ApiModel.Component> components() {
            return List.copyOf(components);
        }

        ApiModel.Incident incident(Incident incident) {
            List<StatusUpdate> updates = incident.updates();
            boolean postmortem = incident.isResolved()
                    && incident.postmortem().filter(Postmortem::isPublished).isPresent();
            String statusId = postmortem ? "postmortem" : incident.lastUpdate().status().id();
            String impact = Optional.ofNullable(severities.get(incident.severity())).map(s -> s.impact().id())
                    .orElse("none");
            Instant updatedAt = updates.get(updates.size() - 1).at();
            Optional<Instant> published = incident.postmortem().filter(Postmortem::isPublished)
                    .flatMap(Postmortem::published);
            if (published.isPresent() && published.get().isAfter(updatedAt)) {
                updatedAt = published.get();
            }
            String monitoringAt = updates.stream().filter(u -> u.status() == IncidentStatus.MONITORING).findFirst()
                    .map(u -> time(u.at())).orElse(null);

            List<ApiModel.IncidentUpdate> json = new ArrayList<>(updates.size());
            for (int n = updates.size(); n >= 1; n--) {
                StatusUpdate update = updates.get(n - 1);
                List<ApiModel.AffectedComponent> affected = null;
                boolean resolving = n == updates.size() && incident.isResolved();
                if (resolving && n > 1) {
                    affected = incident.components().stream().map(a -> affected(a.componentId(), a.impact().id(),
                            ComponentStatus.OPERATIONAL.id())).toList();
                } else if (n == 1 && !resolving) {
                    affected = incident.components().stream().map(a -> affected(a.componentId(),
                            ComponentStatus.OPERATIONAL.id(), a.impact().id())).toList();
                }
                String at = time(update.at());
                json.add(new ApiModel.IncidentUpdate(incident.id() + "-" + n, update.status().id(), update.message(),
                        incident.id(), at, at, at, affected));
            }
            return new ApiModel.Incident(incident.id(), incident.title(), statusId, time(incident.detected()),
                    time(updatedAt), monitoringAt, incident.resolvedAt().map(StatusApi::time).orElse(null), impact,
                    baseUrl + "/incidents/" + incident.id() + "/", time(incident.impactStart()), pageId, json,
                    componentsOf(incident.components().stream().map(AffectedComponent::componentId).toList()));
        }

        ApiModel.ScheduledMaintenance maintenance(Maintenance maintenance) {
            List<MaintenanceUpdate> updates = maintenance.updates();
            Instant created = updates.isEmpty() ? maintenance.scheduledStart() : updates.get(0).at();
            Instant updated = updates.isEmpty() ? created : updates.get(updates.size() - 1).at();
            Optional<MaintenanceUpdate> started = updates.stream()
                    .filter(u -> u.status() == MaintenanceStatus.IN_PROGRESS).findFirst();
            Optional<MaintenanceUpdate> completed = maintenance.status() == MaintenanceStatus.COMPLETED
                    ? Optional.of(updates.get(updates.size() - 1)) : Optional.empty();
            List<ApiModel.IncidentUpdate> json = new ArrayList<>(updates.size());
            for (int n = updates.size(); n >= 1; n--) {
                MaintenanceUpdate update = updates.get(n - 1);
                List<ApiModel.AffectedComponent> affected = null;
                if (started.isPresent() && update == started.get()) {
                    affected = maintenance.components().stream().map(id -> affected(id,
                            ComponentStatus.OPERATIONAL.id(), ComponentStatus.UNDER_MAINTENANCE.id())).toList();
                } else if (completed.isPresent() && update == completed.get()) {
                    affected = maintenance.components().stream().map(id -> affected(id,
                            ComponentStatus.UNDER_MAINTENANCE.id(), ComponentStatus.OPERATIONAL.id())).toList();
                }
                String at = time(update.at());
                json.add(new ApiModel.IncidentUpdate(maintenance.id() + "-" + n, update.status().id(),
                        update.message(), maintenance.id(), at, at, at, affected));
            }
            return new ApiModel.ScheduledMaintenance(maintenance.id(), maintenance.title(), maintenance.status().id(),
                    time(created), time(updated), null, completed.map(u -> time(u.at())).orElse(null), "maintenance",
                    baseUrl + "/", time(started.map(MaintenanceUpdate::at).orElse(maintenance.scheduledStart())),
                    pageId, json, componentsOf(maintenance.components()), time(maintenance.scheduledStart()),
                    time(maintenance.scheduledEnd()));
        }

        private ApiModel.AffectedComponent affected(String componentId, String oldStatus, String newStatus) {
            String name = config.component(componentId).map(Component::name).orElse(componentId);
            return new ApiModel.AffectedComponent(componentId, name, oldStatus, newStatus);
        }

        /** The API components of {@code ids}, in configuration order; unknown ids are left out. */
        private List<ApiModel.Component> componentsOf(List<String> ids) {
            return componentsById.entrySet().stream().filter(e -> ids.contains(e.getKey())).map(Map.Entry::getValue)
                    .toList();
        }

        /** {@code group-<slug>} per group, made unique against the component ids and each other. */
        private static Map<String, String> groupIds(List<GroupState> groups, List<ComponentState> components) {
            Map<String, String> ids = new HashMap<>();
            Set<String> used = new HashSet<>();
            components.forEach(c -> used.add(c.component().id()));
            for (GroupState group : groups) {
                String base = "group-" + slug(group.name());
                String id = base;
                for (int n = 2; !used.add(id); n++) {
                    id = base + "-" + n;
                }
                ids.put(group.name(), id);
            }
            return ids;
        }
    }

    static String slug(String text) {
        String slug = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "group" : slug;
    }

    static String pageId(String baseUrl) {
        String host;
        try {
            host = URI.create(baseUrl).getHost();
        } catch (IllegalArgumentException e) {
            host = null;
        }
        return slug(host == null ? baseUrl : host);
    }

    private static String stripSlash(String url) {
        String u = url;
        while (u.endsWith("/")) {
            u = u.substring(0, u.length() - 1);
        }
        return u;
    }

    private static Instant min(Instant a, Instant b) {
        return a == null || b.isBefore(a) ? b : a;
    }

    private static Instant max(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || !b.isAfter(a) ? a : b;
    }
}
