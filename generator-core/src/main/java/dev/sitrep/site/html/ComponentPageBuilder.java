package dev.sitrep.site.html;

import dev.sitrep.metrics.ComponentState;
import dev.sitrep.metrics.ComponentStatus;
import dev.sitrep.metrics.ComponentUptime;
import dev.sitrep.metrics.MonthlyUptime;
import dev.sitrep.metrics.UptimeMonth;
import dev.sitrep.model.AffectedComponent;
import dev.sitrep.model.Component;
import dev.sitrep.model.Incident;
import dev.sitrep.model.Maintenance;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds the {@link ComponentPage} of each component, {@code components/<id>/index.html}. The incidents and
 * maintenances of every component are indexed once, in the constructor; safe for concurrent use.
 */
final class ComponentPageBuilder {

    private static final Comparator<Maintenance> BY_START = Comparator.comparing(Maintenance::scheduledStart)
            .thenComparing(Maintenance::id);

    private final PagePieces pieces;
    private final Map<String, List<Incident>> incidents = new HashMap<>();
    private final Map<String, List<Maintenance>> maintenances = new HashMap<>();
    private final Map<String, ComponentState> states = new HashMap<>();
    private final Map<String, ComponentUptime> uptimes = new HashMap<>();
    private final Map<String, MonthlyUptime> monthly = new HashMap<>();
    private final String base;

    ComponentPageBuilder(PagePieces pieces) {
        this.pieces = pieces;
        for (Incident incident : pieces.newestFirst()) {
            for (AffectedComponent affected : incident.components()) {
                incidents.computeIfAbsent(affected.componentId(), k -> new ArrayList<>()).add(incident);
            }
        }
        for (Maintenance m : pieces.repository().maintenances().stream().sorted(BY_START).toList()) {
            for (String id : m.components()) {
                maintenances.computeIfAbsent(id, k -> new ArrayList<>()).add(m);
            }
        }
        pieces.metrics().status().components().forEach(s -> states.put(s.component().id(), s));
        pieces.metrics().uptime().components().forEach(u -> uptimes.put(u.componentId(), u));
        pieces.metrics().monthlyUptime().forEach(u -> monthly.put(u.componentId(), u));
        this.base = stripSlash(pieces.config().baseUrl());
    }

    /**
     * Everything the page of {@code component} is made from besides the site's frame and configuration: the
     * incidents that affect it and the maintenances that include it, as {@code sources} names them, and the clock,
     * which its uptime and status are measured against. Equal inputs give equal pages ({@code PageInputsTest}).
     */
    Object inputs(Component component, Sources sources) {
        String id = component.id();
        return List.of(id, incidents.getOrDefault(id, List.of()).stream().map(sources::of).toList(),
                maintenances.getOrDefault(id, List.of()).stream().map(sources::of).toList(), pieces.now().toString());
    }

    /** The path of a component's page from the site root. */
    static String path(Component component) {
        return PagePieces.componentPath(component.id());
    }

    ComponentPage page(Component component) {
        String id = component.id();
        String name = component.name();
        Formats formats = pieces.formats();
        Layout layout = pieces.layout(path(component), name,
                formats.text("component.description", name, pieces.config().title()));
        ComponentStatus status = Optional.ofNullable(states.get(id)).map(ComponentState::status)
                .orElse(ComponentStatus.OPERATIONAL);
        ComponentUptime uptime = uptimes.get(id);
        UptimeBar bar = uptime == null ? pieces.uptimeBar(name, List.of(), 100)
                : pieces.uptimeBar(name, uptime.days(), uptime.percent());

        List<UptimeMonth> months = Optional.ofNullable(monthly.get(id)).map(MonthlyUptime::months).orElse(List.of());
        List<UptimeMonthRow> rows = new ArrayList<>();
        for (int i = months.size() - 1; i >= 0; i--) {
            UptimeMonth m = months.get(i);
            rows.add(new UptimeMonthRow(formats.month(m.month()), formats.uptime(m.uptimePercent()),
                    m.downtimeMinutes() <= 0 ? "–"
                            : formats.duration(Duration.ofSeconds(Math.round(m.downtimeMinutes() * 60))),
                    Integer.toString(m.incidentIds().size())));
        }
        Chart chart = new Charts(pieces.formats(), pieces::severityName).uptimeByMonth(name, months);

        List<Incident> affecting = incidents.getOrDefault(id, List.of());
        List<ComponentIncidentRow> incidentRows = new ArrayList<>(affecting.size());
        for (Incident incident : affecting) {
            incidentRows.add(row(incident, id, layout.root()));
        }

        Instant now = pieces.now();
        List<MaintenanceView> active = new ArrayList<>();
        List<MaintenanceView> upcoming = new ArrayList<>();
        List<MaintenanceView> past = new ArrayList<>();
        for (Maintenance m : maintenances.getOrDefault(id, List.of())) {
            MaintenanceView view = pieces.maintenance(m, layout.root());
            if (m.isActive(now)) {
                active.add(view);
            } else if (m.isUpcoming(now)) {
                upcoming.add(view);
            } else {
                past.add(0, view); // newest first
            }
        }

        List<LinkView> subscriptions = List.of(
                new LinkView(formats.text("layout.footer.atom"), "history.atom",
                        formats.text("component.follow.atom", name)),
                new LinkView(formats.text("layout.footer.rss"), "history.rss", formats.text("component.follow.rss")),
                new LinkView(formats.text("layout.footer.calendar"), "maintenance.ics",
                        formats.text("component.follow.calendar", name)),
                new LinkView(formats.text("component.follow.shields"), "shields.json",
                        formats.text("component.follow.shields.what")));
        String pageUrl = base + "/components/" + id + "/";
        List<BadgeEmbed> badges = List.of(
                embed(formats.text("badge.status"), pageUrl, "status.svg", formats.text("badge.status.alt", name)),
                embed(formats.text("badge.uptime"), pageUrl, "uptime.svg", formats.text("badge.uptime.alt", name)));

        return new ComponentPage(layout, id, name, component.group().orElse(""), component.description().orElse(""),
                new Badge(pieces.label(status), Tone.of(status.indicator())), bar, chart, rows,
                formats.count(affecting.size(), "history.total"), incidentRows, active, upcoming, past, subscriptions,
                badges);
    }

    private ComponentIncidentRow row(Incident incident, String componentId, String root) {
        AffectedComponent affected = incident.components().stream()
                .filter(a -> a.componentId().equals(componentId)).findFirst().orElseThrow();
        Optional<Instant> resolved = incident.resolvedAt();
        String duration = resolved.map(r -> pieces.formats().duration(Duration.between(incident.impactStart(), r)))
                .orElse(pieces.formats().text("component.incidents.ongoing"));
        return new ComponentIncidentRow(root + PagePieces.incidentPath(incident.id()), incident.title(),
                pieces.formats().instant(incident.impactStart()), duration,
                new Badge(pieces.label(affected.impact()), Tone.of(affected.impact())), pieces.statusBadge(incident),
                pieces.severityBadge(incident));
    }

    /** A badge of the page at {@code pageUrl}: the image beside the page, and snippets with absolute URLs. */
    static BadgeEmbed embed(String label, String pageUrl, String file, String alt) {
        String src = pageUrl + file;
        String markdown = "[![" + alt.replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]") + "](" + src
                + ")](" + pageUrl + ")";
        String html = "<a href=\"" + attribute(pageUrl) + "\"><img src=\"" + attribute(src) + "\" alt=\""
                + attribute(alt) + "\"></a>";
        return new BadgeEmbed(label, file, alt, markdown, html);
    }

    private static String attribute(String text) {
        return text.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
    }

    static String stripSlash(String url) {
        String u = url;
        while (u.endsWith("/")) {
            u = u.substring(0, u.length() - 1);
        }
        return u;
    }
}
