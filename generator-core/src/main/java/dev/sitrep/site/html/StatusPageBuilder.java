package dev.sitrep.site.html;

import dev.sitrep.metrics.ComponentState;
import dev.sitrep.metrics.ComponentStatus;
import dev.sitrep.metrics.ComponentUptime;
import dev.sitrep.metrics.CurrentStatus;
import dev.sitrep.metrics.GroupState;
import dev.sitrep.metrics.GroupUptime;
import dev.sitrep.metrics.SiteMetrics;
import dev.sitrep.metrics.Uptime;
import dev.sitrep.metrics.UptimeReport;
import dev.sitrep.model.Component;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    private final PagePieces pieces;
    private final Formats formats;
    private final SiteMetrics metrics;
    private final UptimeReport recentUptime;

    StatusPageBuilder(PagePieces pieces) {
        this.pieces = pieces;
        this.formats = pieces.formats();
        this.metrics = pieces.metrics();
        this.recentUptime = Uptime.of(pieces.repository(), pieces.now(), SHORT_UPTIME_DAYS);
    }

    StatusPage page() {
        String title = pieces.config().title();
        Layout layout = pieces.layout(PATH, "", formats.text("index.description", title));
        CurrentStatus status = metrics.status();
        Badge banner = new Badge(formats.text("indicator." + status.indicator().id()), Tone.of(status.indicator()));
        List<String> detail = new ArrayList<>();
        if (!status.unresolved().isEmpty()) {
            detail.add(formats.count(status.unresolved().size(), "index.banner.incidents"));
        }
        if (!status.activeMaintenances().isEmpty()) {
            detail.add(formats.count(status.activeMaintenances().size(), "index.banner.maintenances"));
        }
        List<IncidentCard> active = status.unresolved().stream()
                .map(i -> pieces.card(i, true, layout.root())).toList();
        List<MaintenanceView> activeMaintenance = status.activeMaintenances().stream()
                .map(m -> pieces.maintenance(m, layout.root())).toList();
        List<MaintenanceView> upcoming = status.upcomingMaintenances().stream()
                .map(m -> pieces.maintenance(m, layout.root())).toList();

        Instant since = pieces.now().minus(RECENT);
        List<IncidentCard> recent = pieces.newestFirst().stream()
                .filter(i -> i.isResolved() && !i.resolvedAt().orElseThrow().isBefore(since))
                .map(i -> pieces.card(i, false, layout.root())).toList();

        return new StatusPage(layout, banner, String.join(" · ", detail), active, activeMaintenance, upcoming,
                componentGroups(status, layout), Integer.toString(metrics.uptime().dates().size()),
                Integer.toString(recentUptime.dates().size()), recent, formats.instant(since).display(),
                List.of(ComponentPageBuilder.embed(formats.text("badge.status"),
                        ComponentPageBuilder.stripSlash(pieces.config().baseUrl()) + "/", "status.svg",
                        formats.text("badge.status.alt", title))));
    }

    private List<ComponentGroupView> componentGroups(CurrentStatus status, Layout layout) {
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
            byGroup.get(c.group().orElse("")).add(new ComponentView(c.id(), c.name(),
                    layout.root() + PagePieces.componentPath(c.id()), c.description().orElse(""),
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
                        !operational, gu == null ? "" : formats.text("uptime.percent", formats.uptime(gu.percent())),
                        recent == null ? "" : formats.text("uptime.percent", formats.uptime(recent.percent())),
                        components));
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

    private Badge badge(ComponentStatus status) {
        return new Badge(pieces.label(status), Tone.of(status.indicator()));
    }

    private UptimeBar bar(Component component, ComponentUptime uptime) {
        return uptime == null ? pieces.uptimeBar(component.name(), List.of(), 100)
                : pieces.uptimeBar(component.name(), uptime.days(), uptime.percent());
    }
}
