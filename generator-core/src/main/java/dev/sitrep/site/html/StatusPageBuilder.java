package dev.sitrep.site.html;

import dev.sitrep.metrics.ComponentState;
import dev.sitrep.metrics.ComponentStatus;
import dev.sitrep.metrics.ComponentUptime;
import dev.sitrep.metrics.CurrentStatus;
import dev.sitrep.metrics.GroupState;
import dev.sitrep.metrics.GroupUptime;
import dev.sitrep.metrics.SiteMetrics;
import dev.sitrep.metrics.Uptime;
import dev.sitrep.metrics.UptimeDay;
import dev.sitrep.metrics.UptimeReport;
import dev.sitrep.model.Component;
import dev.sitrep.model.Incident;
import dev.sitrep.model.Maintenance;
import dev.sitrep.model.MaintenanceUpdate;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Builds the {@link StatusPage}, {@code index.html}: the overall status, active incidents and maintenance, the
 * components by group with their uptime bars, and the incidents of the last {@link #RECENT}.
 */
final class StatusPageBuilder {

    static final String PATH = "index.html";

    /** How far back the status page lists resolved incidents. */
    static final Duration RECENT = Duration.ofDays(7);

    /** The days of the shorter uptime bar that narrow screens show instead of the full one. */
    static final int SHORT_UPTIME_DAYS = 30;

    /** The width of one day's mark and the gap after it, in SVG units; the bar is scaled to the page's width. */
    private static final int BAR_MARK = 4;
    private static final int BAR_GAP = 2;
    private static final int BAR_HEIGHT = 34;

    private final PagePieces pieces;
    private final Formats formats;
    private final SiteMetrics metrics;
    private final UptimeReport recentUptime;
    private final Map<String, Incident> incidentsById;

    StatusPageBuilder(PagePieces pieces) {
        this.pieces = pieces;
        this.formats = pieces.formats();
        this.metrics = pieces.metrics();
        this.recentUptime = Uptime.of(pieces.repository(), pieces.now(), SHORT_UPTIME_DAYS);
        this.incidentsById = pieces.repository().incidents().stream()
                .collect(Collectors.toMap(Incident::id, Function.identity(), (a, b) -> a, TreeMap::new));
    }

    StatusPage page() {
        String title = pieces.config().title();
        Layout layout = pieces.layout(PATH, "", "Current status, uptime and incidents of " + title + ".");
        CurrentStatus status = metrics.status();
        Badge banner = new Badge(status.indicator().description(), Tone.of(status.indicator()));
        List<String> detail = new ArrayList<>();
        if (!status.unresolved().isEmpty()) {
            detail.add(Formats.count(status.unresolved().size(), "active incident"));
        }
        if (!status.activeMaintenances().isEmpty()) {
            detail.add(Formats.count(status.activeMaintenances().size(), "maintenance") + " in progress");
        }
        List<IncidentCard> active = status.unresolved().stream()
                .map(i -> pieces.card(i, true, layout.root())).toList();
        List<MaintenanceView> activeMaintenance = status.activeMaintenances().stream().map(this::maintenance).toList();
        List<MaintenanceView> upcoming = status.upcomingMaintenances().stream().map(this::maintenance).toList();

        Instant since = pieces.now().minus(RECENT);
        List<IncidentCard> recent = pieces.newestFirst().stream()
                .filter(i -> i.isResolved() && !i.resolvedAt().orElseThrow().isBefore(since))
                .map(i -> pieces.card(i, false, layout.root())).toList();

        return new StatusPage(layout, banner, String.join(" · ", detail), active, activeMaintenance, upcoming,
                componentGroups(status), Integer.toString(metrics.uptime().dates().size()),
                Integer.toString(recentUptime.dates().size()), recent, formats.instant(since).display());
    }

    private List<ComponentGroupView> componentGroups(CurrentStatus status) {
        Map<String, ComponentUptime> uptimes = byComponent(metrics.uptime());
        Map<String, ComponentUptime> recentUptimes = byComponent(recentUptime);
        Map<String, GroupUptime> groupUptimes = byGroup(metrics.uptime());
        Map<String, GroupUptime> recentGroupUptimes = byGroup(recentUptime);
        Map<String, GroupState> groupStates = status.groups().stream()
                .collect(Collectors.toMap(GroupState::name, Function.identity(), (a, b) -> a, TreeMap::new));
        Map<String, List<ComponentView>> byGroup = new LinkedHashMap<>();
        for (String group : pieces.config().groups()) {
            byGroup.put(group, new ArrayList<>());
        }
        for (ComponentState state : status.components()) {
            Component c = state.component();
            byGroup.get(c.group().orElse("")).add(new ComponentView(c.id(), c.name(), c.description().orElse(""),
                    badge(state.status()), bar(c, uptimes.get(c.id())), bar(c, recentUptimes.get(c.id()))));
        }
        List<ComponentGroupView> groups = new ArrayList<>();
        byGroup.forEach((name, components) -> {
            if (name.isEmpty()) {
                groups.add(new ComponentGroupView("", new Badge("", Tone.NEUTRAL), false, "", "", components));
            } else {
                GroupState gs = groupStates.get(name);
                GroupUptime gu = groupUptimes.get(name);
                GroupUptime recent = recentGroupUptimes.get(name);
                boolean operational = gs == null || gs.status() == ComponentStatus.OPERATIONAL;
                groups.add(new ComponentGroupView(name, gs == null ? new Badge("", Tone.NEUTRAL) : badge(gs.status()),
                        !operational, gu == null ? "" : Formats.uptime(gu.percent()) + " uptime",
                        recent == null ? "" : Formats.uptime(recent.percent()) + " uptime", components));
            }
        });
        return groups;
    }

    private static Map<String, ComponentUptime> byComponent(UptimeReport report) {
        return report.components().stream()
                .collect(Collectors.toMap(ComponentUptime::componentId, Function.identity(), (a, b) -> a, TreeMap::new));
    }

    private static Map<String, GroupUptime> byGroup(UptimeReport report) {
        return report.groups().stream()
                .collect(Collectors.toMap(GroupUptime::name, Function.identity(), (a, b) -> a, TreeMap::new));
    }

    private static Badge badge(ComponentStatus status) {
        return new Badge(status.label(), Tone.of(status.indicator()));
    }

    private UptimeBar bar(Component component, ComponentUptime uptime) {
        return uptime == null ? uptimeBar(component.name(), List.of(), 100)
                : uptimeBar(component.name(), uptime.days(), uptime.percent());
    }

    UptimeBar uptimeBar(String name, List<UptimeDay> days, double percent) {
        List<BarDay> marks = new ArrayList<>();
        LocalDate today = formats.localDate(pieces.now());
        int withIncidents = 0;
        for (int i = 0; i < days.size(); i++) {
            UptimeDay day = days.get(i);
            if (!day.incidentIds().isEmpty()) {
                withIncidents++;
            }
            marks.add(new BarDay(Integer.toString(i * (BAR_MARK + BAR_GAP)), dayTone(day), dayTitle(day, today)));
        }
        String percentText = Formats.uptime(percent);
        String label = name + ": " + percentText + " uptime over the last " + Formats.count(days.size(), "day") + ", "
                + (withIncidents == 0 ? "no incidents" : Formats.count(withIncidents, "day") + " with incidents")
                + ". Each mark is one day, oldest first.";
        int width = Math.max(1, days.size() * (BAR_MARK + BAR_GAP) - BAR_GAP);
        String from = days.isEmpty() ? "" : Formats.count(days.size(), "day") + " ago";
        return new UptimeBar(percentText, label, Integer.toString(width), Integer.toString(BAR_HEIGHT),
                Integer.toString(BAR_MARK), marks, from);
    }

    /**
     * The colour of a day by its downtime: none is ok (minor when an incident degraded it without downtime), up to 15
     * minutes minor, up to an hour major, more critical.
     */
    static Tone dayTone(UptimeDay day) {
        double down = day.downtimeMinutes();
        if (down <= 0) {
            return day.worst().isPresent() ? Tone.MINOR : Tone.OK;
        }
        if (down <= 15) {
            return Tone.MINOR;
        }
        if (down <= 60) {
            return Tone.MAJOR;
        }
        return Tone.CRITICAL;
    }

    private String dayTitle(UptimeDay day, LocalDate today) {
        StringBuilder t = new StringBuilder(formats.dayWithWeekday(day.date()).display());
        if (day.date().equals(today)) {
            t.append(" (today, so far)");
        }
        t.append(": ").append(Formats.uptime(day.uptimePercent())).append(" uptime");
        if (day.downtimeMinutes() > 0) {
            t.append(", ").append(Formats.duration(Duration.ofSeconds(Math.round(day.downtimeMinutes() * 60))))
                    .append(" of downtime");
        }
        if (day.incidentIds().isEmpty()) {
            t.append(". No incidents.");
        } else {
            t.append(". ").append(day.worst().map(w -> w.label() + ". ").orElse(""));
            t.append(day.incidentIds().size() == 1 ? "Incident: " : "Incidents: ");
            t.append(day.incidentIds().stream().map(id -> Optional.ofNullable(incidentsById.get(id))
                    .map(Incident::title).orElse(id)).collect(Collectors.joining("; "))).append('.');
        }
        return t.toString();
    }

    private MaintenanceView maintenance(Maintenance m) {
        List<UpdateView> updates = new ArrayList<>();
        for (int i = m.updates().size() - 1; i >= 0; i--) {
            MaintenanceUpdate u = m.updates().get(i);
            updates.add(new UpdateView(new Badge(u.status().label(), Tone.MAINTENANCE), formats.instant(u.at()),
                    PlainText.segments(u.message())));
        }
        String componentNames = m.components().stream().map(pieces::componentName).collect(Collectors.joining(", "));
        boolean sameDay = formats.localDate(m.scheduledStart()).equals(formats.localDate(m.scheduledEnd()));
        return new MaintenanceView(m.id(), m.title(), new Badge(m.status().label(), Tone.MAINTENANCE),
                formats.instant(m.scheduledStart()),
                sameDay ? formats.time(m.scheduledEnd()) : formats.instant(m.scheduledEnd()), componentNames, updates);
    }
}
