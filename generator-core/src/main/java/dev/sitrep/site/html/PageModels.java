package dev.sitrep.site.html;

import dev.sitrep.metrics.ActionItemEntry;
import dev.sitrep.metrics.ActionItemReport;
import dev.sitrep.metrics.ActionItemState;
import dev.sitrep.metrics.ComponentState;
import dev.sitrep.metrics.ComponentStatus;
import dev.sitrep.metrics.ComponentUptime;
import dev.sitrep.metrics.CurrentStatus;
import dev.sitrep.metrics.DurationStats;
import dev.sitrep.metrics.GroupState;
import dev.sitrep.metrics.GroupUptime;
import dev.sitrep.metrics.Indicator;
import dev.sitrep.metrics.MonthlyTrend;
import dev.sitrep.metrics.PostmortemMetrics;
import dev.sitrep.metrics.PostmortemReport;
import dev.sitrep.metrics.PostmortemState;
import dev.sitrep.metrics.PostmortemTimeliness;
import dev.sitrep.metrics.SeverityResponse;
import dev.sitrep.metrics.SiteMetrics;
import dev.sitrep.metrics.Uptime;
import dev.sitrep.metrics.UptimeDay;
import dev.sitrep.metrics.UptimeReport;
import dev.sitrep.model.ActionItem;
import dev.sitrep.model.AffectedComponent;
import dev.sitrep.model.Component;
import dev.sitrep.model.Impact;
import dev.sitrep.model.Incident;
import dev.sitrep.model.IncidentStatus;
import dev.sitrep.model.Maintenance;
import dev.sitrep.model.MaintenanceUpdate;
import dev.sitrep.model.Postmortem;
import dev.sitrep.model.Severity;
import dev.sitrep.model.SiteConfig;
import dev.sitrep.model.StatusRepository;
import dev.sitrep.model.StatusUpdate;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Builds the page-model records of the HTML pages from the model and {@code now}. Every value a template shows is
 * computed and formatted here; indexes over the repository are built once, in the constructor.
 */
final class PageModels {

    /** Newest first: by detection time descending, then id. */
    static final Comparator<Incident> NEWEST_FIRST = Comparator.comparing(Incident::detected).reversed()
            .thenComparing(Incident::id);

    private final SiteConfig config;
    private final Instant now;
    private final Formats formats;
    private final MarkdownRenderer markdown;
    private final Map<String, Severity> severities;
    private final Map<String, Component> components;
    private final List<Incident> newestFirst;
    private final Stamp generated;
    private final SiteMetrics metrics;
    private final Map<String, ActionItemEntry> actionItemsById;
    private final Map<String, Incident> incidentsById;
    private final UptimeReport recentUptime;

    PageModels(StatusRepository repository, SiteMetrics metrics, MarkdownRenderer markdown) {
        Instant now = metrics.now();
        this.config = repository.config();
        this.now = now;
        this.formats = new Formats(config.timezone());
        this.markdown = markdown;
        this.severities = config.severities().stream()
                .collect(Collectors.toMap(Severity::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        this.components = config.components().stream()
                .collect(Collectors.toMap(Component::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        this.newestFirst = repository.incidents().stream().sorted(NEWEST_FIRST).toList();
        this.generated = formats.instant(now);
        this.metrics = metrics;
        this.actionItemsById = metrics.actionItems().items().stream()
                .collect(Collectors.toMap(e -> e.item().id(), Function.identity(), (a, b) -> a, TreeMap::new));
        this.recentUptime = Uptime.of(repository, now, SHORT_UPTIME_DAYS);
        this.incidentsById = repository.incidents().stream()
                .collect(Collectors.toMap(Incident::id, Function.identity(), (a, b) -> a, TreeMap::new));
    }

    // ---------------------------------------------------------------------------------------------------- layout

    /** The navigation targets, in order: label and path from the site root. */
    private static final List<String[]> NAV = List.of(
            new String[] {"Status", "index.html"},
            new String[] {"History", "history/index.html"},
            new String[] {"Action items", "action-items/index.html"},
            new String[] {"Metrics", "metrics/index.html"});

    /**
     * The frame of the page at {@code path} (relative to the site root).
     *
     * @param pageTitle the page's own title; empty for the status page, whose title is the site's
     */
    Layout layout(String path, String pageTitle, String description) {
        String root = "../".repeat((int) path.chars().filter(c -> c == '/').count());
        List<NavItem> nav = NAV.stream().map(n -> new NavItem(n[0], root + n[1], n[1].equals(path))).toList();
        return new Layout("en", config.title(), pageTitle, description, root, nav, generated);
    }

    static String incidentPath(String id) {
        return "incidents/" + id + "/index.html";
    }

    // ---------------------------------------------------------------------------------------------------- pieces

    Badge severityBadge(Incident incident) {
        Optional<Severity> severity = Optional.ofNullable(severities.get(incident.severity()));
        String label = severity.map(s -> s.id() + " · " + s.name()).orElse(incident.severity());
        return new Badge(label, severity.map(s -> Tones.of(s.impact())).orElse(Tones.NEUTRAL));
    }

    Impact impactOf(Incident incident) {
        return Optional.ofNullable(severities.get(incident.severity())).map(Severity::impact).orElse(Impact.NONE);
    }

    Badge statusBadge(Incident incident) {
        IncidentStatus status = incident.lastUpdate().status();
        if (status == IncidentStatus.RESOLVED) {
            return new Badge(status.label(), Tones.OK);
        }
        String tone = Tones.of(impactOf(incident));
        return new Badge(status.label(), tone.equals(Tones.NEUTRAL) ? Tones.MINOR : tone);
    }

    Badge impactBadge(Incident incident) {
        Impact impact = impactOf(incident);
        String label;
        switch (impact) {
            case CRITICAL:
                label = "Critical impact";
                break;
            case MAJOR:
                label = "Major impact";
                break;
            case MINOR:
                label = "Minor impact";
                break;
            default:
                label = "No customer impact";
                break;
        }
        return new Badge(label, Tones.of(impact));
    }

    String componentName(String id) {
        Component c = components.get(id);
        return c == null ? id : c.name();
    }

    List<ComponentImpactView> componentImpacts(Incident incident) {
        List<ComponentImpactView> out = new ArrayList<>();
        for (AffectedComponent a : incident.components()) {
            out.add(new ComponentImpactView(componentName(a.componentId()),
                    new Badge(a.impact().label(), Tones.of(a.impact()))));
        }
        return out;
    }

    /**
     * The colour of an update's status word: resolved is green; monitoring is calm; investigating and identified take
     * the incident's colour while it is open, and are plain once it is resolved.
     */
    private static String updateTone(IncidentStatus status, Badge current) {
        if (status == IncidentStatus.RESOLVED) {
            return Tones.OK;
        }
        if (status == IncidentStatus.MONITORING || current.tone().equals(Tones.OK)) {
            return Tones.NEUTRAL;
        }
        return current.tone();
    }

    /** The updates of an incident, newest first. */
    List<UpdateView> updates(Incident incident) {
        List<UpdateView> out = new ArrayList<>();
        Badge current = statusBadge(incident);
        for (int i = incident.updates().size() - 1; i >= 0; i--) {
            StatusUpdate u = incident.updates().get(i);
            Badge status = new Badge(u.status().label(), updateTone(u.status(), current));
            out.add(new UpdateView(status, formats.instant(u.at()),
                    PlainText.segments(u.message())));
        }
        return out;
    }

    IncidentCard card(Incident incident, boolean withUpdates) {
        Optional<Instant> resolved = incident.resolvedAt();
        String duration = resolved.map(r -> Formats.duration(Duration.between(incident.impactStart(), r)))
                .orElse("ongoing for " + Formats.duration(Duration.between(incident.impactStart(), now)));
        return new IncidentCard(incident.id(), incidentPath(incident.id()), incident.title(), severityBadge(incident),
                statusBadge(incident), impactBadge(incident), formats.instant(incident.impactStart()),
                resolved.map(r -> formats.localDate(r).equals(formats.localDate(incident.impactStart()))
                        ? formats.time(r) : formats.instant(r)).orElse(Stamp.NONE), duration, componentImpacts(incident),
                withUpdates ? updates(incident) : List.of(), postmortemStage(incident).note());
    }

    /** The incident card with links made relative to a page at depth {@code root}. */
    IncidentCard card(Incident incident, boolean withUpdates, String root) {
        IncidentCard c = card(incident, withUpdates);
        return new IncidentCard(c.id(), root + c.href(), c.title(), c.severity(), c.status(), c.impact(), c.started(),
                c.resolved(), c.duration(), c.components(), c.updates(), c.postmortem());
    }

    // ---------------------------------------------------------------------------------------------------- postmortem

    private Optional<PostmortemState> required(Incident incident) {
        return PostmortemMetrics.state(incident, config, now);
    }

    /** Where the incident's postmortem stands at {@code now}. */
    PostmortemStage postmortemStage(Incident incident) {
        Optional<Postmortem> pm = incident.postmortem();
        if (pm.isPresent() && pm.get().isPublished()) {
            return PostmortemStage.PUBLISHED;
        }
        Optional<PostmortemTimeliness> timeliness = required(incident).map(PostmortemState::timeliness);
        if (timeliness.equals(Optional.of(PostmortemTimeliness.OVERDUE))) {
            return PostmortemStage.OVERDUE;
        }
        if (pm.isPresent()) {
            return PostmortemStage.IN_PROGRESS;
        }
        return timeliness.isPresent() ? PostmortemStage.PENDING : PostmortemStage.NONE;
    }

    PostmortemView postmortem(Incident incident) {
        PostmortemStage stage = postmortemStage(incident);
        String state = stage.id();
        Optional<PostmortemState> required = required(incident);
        String dueText = required.map(r -> formats.instant(r.due()).display()).orElse("");
        Optional<Postmortem> pm = incident.postmortem();
        switch (stage) {
            case PUBLISHED: {
                Postmortem p = pm.orElseThrow();
                String lateness = required.filter(r -> r.timeliness() == PostmortemTimeliness.LATE)
                        .flatMap(PostmortemState::overrun)
                        .map(late -> "Published " + Formats.duration(late) + " after it was due (" + dueText + ").")
                        .orElse("");
                String html = markdown.render(p.body());
                return new PostmortemView(state, "", html, String.join(", ", p.authors()),
                        formats.instant(p.published()), lateness, actionItems(incident, p));
            }
            case OVERDUE:
                return new PostmortemView(state, pm.isPresent()
                        ? "The postmortem was due on " + dueText
                                + " and is overdue. A draft is in progress; it will be published here."
                        : "The postmortem was due on " + dueText + " and is overdue. It will be published here.",
                        "", "", Stamp.NONE, "", List.of());
            case IN_PROGRESS:
                return new PostmortemView(state, "A postmortem is in progress. It will be published here"
                        + (dueText.isEmpty() ? "." : " by " + dueText + "."),
                        "", "", Stamp.NONE, "", List.of());
            case PENDING:
                return new PostmortemView(state, "A postmortem will be published here by " + dueText + ".",
                        "", "", Stamp.NONE, "", List.of());
            case NONE:
                return new PostmortemView(state, "", "", "", Stamp.NONE, "", List.of());
            default:
                throw new IllegalStateException("unknown postmortem stage " + stage);
        }
    }

    // ---------------------------------------------------------------------------------------------------- incident page

    IncidentPage incidentPage(Incident incident) {
        String path = incidentPath(incident.id());
        Layout layout = layout(path, incident.title(), "Incident report: " + incident.title());
        Optional<Severity> severity = Optional.ofNullable(severities.get(incident.severity()));

        List<TimeRow> times = List.of(
                new TimeRow("Started", formats.instant(incident.started())),
                new TimeRow("Detected", formats.instant(incident.detected())),
                new TimeRow("Acknowledged", formats.instant(incident.acknowledged())),
                new TimeRow("Mitigated", formats.instant(incident.mitigated())),
                new TimeRow("Resolved", formats.instant(incident.resolvedAt())));

        List<Figure> figures = new ArrayList<>();
        figures.add(figure("Time to detect", "detected − started",
                incident.started().map(s -> Duration.between(s, incident.detected())), Optional.empty()));
        figures.add(figure("Time to acknowledge", "acknowledged − detected",
                incident.acknowledged().map(a -> Duration.between(incident.detected(), a)),
                severity.flatMap(Severity::acknowledgeWithin)));
        figures.add(figure("Time to mitigate", "mitigated − detected",
                incident.mitigated().map(m -> Duration.between(incident.detected(), m)), Optional.empty()));
        figures.add(figure("Time to resolve", "resolved − detected",
                incident.resolvedAt().map(r -> Duration.between(incident.detected(), r)),
                severity.flatMap(Severity::resolveWithin)));
        figures.add(figure("Duration of impact", "resolved − started",
                incident.resolvedAt().map(r -> Duration.between(incident.impactStart(), r)), Optional.empty()));

        return new IncidentPage(layout, incident.id(), incident.title(), severityBadge(incident), statusBadge(incident),
                impactBadge(incident), incident.commander().orElse(""), componentImpacts(incident), times, figures,
                updates(incident), postmortem(incident));
    }

    private static Figure figure(String label, String formula, Optional<Duration> value, Optional<Duration> target) {
        String verdict = value.isPresent() && target.isPresent()
                ? (value.get().compareTo(target.get()) <= 0 ? "met" : "missed") : "";
        return new Figure(label, formula, Formats.duration(value),
                target.map(t -> "≤ " + Formats.duration(t)).orElse(""),
                verdict);
    }

    // ---------------------------------------------------------------------------------------------------- history

    HistoryPage historyPage() {
        String path = "history/index.html";
        Layout layout = layout(path, "Incident history", "Every incident of " + config.title() + ", newest first.");
        Map<YearMonth, List<IncidentCard>> byMonth = new TreeMap<>(Comparator.reverseOrder());
        for (Incident incident : newestFirst) {
            YearMonth month = YearMonth.from(formats.localDate(incident.detected()));
            byMonth.computeIfAbsent(month, m -> new ArrayList<>()).add(card(incident, false, layout.root()));
        }
        List<MonthGroup> months = new ArrayList<>();
        byMonth.forEach((m, cards) -> months.add(new MonthGroup(formats.month(m), cards)));
        return new HistoryPage(layout, Formats.count(newestFirst.size(), "incident"), months);
    }

    // ---------------------------------------------------------------------------------------------------- action items

    ActionItemView actionItem(ActionItem item, Incident incident, String root) {
        Optional<ActionItemEntry> entry = Optional.ofNullable(actionItemsById.get(item.id()));
        boolean overdue = entry.map(e -> e.state() == ActionItemState.OVERDUE).orElse(false);
        String statusLabel = overdue ? item.status().label() + ", overdue" : item.status().label();
        return new ActionItemView(item.id(), item.title(), item.link().filter(PageModels::httpUrl).orElse(""),
                item.owner(), item.priority().label(), item.type().map(t -> capitalise(t.id())).orElse(""),
                formats.date(item.due()), new Badge(statusLabel, Tones.of(item.status(), overdue)), overdue,
                item.completed().map(formats::date).orElse(Stamp.NONE), incident.title(),
                root + incidentPath(incident.id()));
    }

    private List<ActionItemView> actionItems(Incident incident, Postmortem postmortem) {
        String root = "../../";
        return postmortem.actionItems().stream().map(a -> actionItem(a, incident, root)).toList();
    }

    List<ActionItemGroup> actionItemGroups(String root) {
        Map<ActionItemState, List<ActionItemView>> byState = new EnumMap<>(ActionItemState.class);
        for (ActionItemState state : ActionItemState.values()) {
            byState.put(state, new ArrayList<>());
        }
        // the report lists items by due date, then id
        for (ActionItemEntry e : metrics.actionItems().items()) {
            byState.get(e.state()).add(actionItem(e.item(), e.incident(), root));
        }
        List<ActionItemView> done = new ArrayList<>(byState.get(ActionItemState.DONE));
        Collections.reverse(done);
        List<ActionItemView> wontDo = new ArrayList<>(byState.get(ActionItemState.WONT_DO));
        Collections.reverse(wontDo);
        return List.of(
                new ActionItemGroup("overdue", "Overdue", "Open or in progress after their due date, oldest due first.",
                        byState.get(ActionItemState.OVERDUE)),
                new ActionItemGroup("open", "Open", "Open or in progress and not yet due, soonest due first.",
                        byState.get(ActionItemState.OPEN)),
                new ActionItemGroup("done", "Done", "Completed, latest due first.", done),
                new ActionItemGroup("wont-do", "Won't do", "Closed without being done, latest due first.", wontDo));
    }

    ActionItemsPage actionItemsPage() {
        Layout layout = layout("action-items/index.html", "Action items",
                "Every follow-up from the published postmortems of " + config.title() + ".");
        List<ActionItemGroup> groups = actionItemGroups(layout.root());
        return new ActionItemsPage(layout, Formats.count(metrics.actionItems().items().size(), "action item"),
                actionItemFigures(), groups, owners());
    }

    /** The completion rate against its target, and the counts by state. */
    List<Figure> actionItemFigures() {
        ActionItemReport report = metrics.actionItems();
        String window = Formats.duration(config.actionItems().completeWithin());
        String rate = report.completionRate().map(Formats::percent).orElse("–");
        String verdict = report.meetsTarget().map(met -> met ? "met" : "missed").orElse("");
        return List.of(
                new Figure("Done within " + window, report.within() + " of " + report.decided()
                        + " items done within " + window + " of their postmortem's publication", rate,
                        "≥ " + Formats.percent(report.target()), verdict),
                new Figure("Overdue", "open or in progress after their due date", Integer.toString(report.overdue()),
                        "", ""),
                new Figure("Open", "open or in progress, not yet due", Integer.toString(report.open()), "", ""),
                new Figure("Done", "completed", Integer.toString(report.done()), "", ""),
                new Figure("Won't do", "closed without being done; not counted in the rate",
                        Integer.toString(report.wontDo()), "", ""));
    }

    List<OwnerRow> owners() {
        Map<String, int[]> counts = new TreeMap<>();
        for (ActionItemEntry e : metrics.actionItems().items()) {
            int[] c = counts.computeIfAbsent(e.item().owner(), o -> new int[ActionItemState.values().length]);
            c[e.state().ordinal()]++;
        }
        List<OwnerRow> rows = new ArrayList<>();
        counts.forEach((owner, c) -> {
            int open = c[ActionItemState.OPEN.ordinal()];
            int overdue = c[ActionItemState.OVERDUE.ordinal()];
            int done = c[ActionItemState.DONE.ordinal()];
            int wontDo = c[ActionItemState.WONT_DO.ordinal()];
            rows.add(new OwnerRow(owner, open, overdue, done, wontDo, open + overdue + done + wontDo));
        });
        return rows;
    }

    // ---------------------------------------------------------------------------------------------------- status page

    /** How far back the status page lists resolved incidents. */
    static final Duration RECENT = Duration.ofDays(7);

    StatusPage statusPage() {
        Layout layout = layout("index.html", "", "Current status, uptime and incidents of " + config.title() + ".");
        CurrentStatus status = metrics.status();
        Badge banner = new Badge(status.indicator().description(), tone(status.indicator()));
        List<String> detail = new ArrayList<>();
        if (!status.unresolved().isEmpty()) {
            detail.add(Formats.count(status.unresolved().size(), "active incident"));
        }
        if (!status.activeMaintenances().isEmpty()) {
            detail.add(Formats.count(status.activeMaintenances().size(), "maintenance") + " in progress");
        }
        List<IncidentCard> active = status.unresolved().stream().map(i -> card(i, true, layout.root())).toList();
        List<MaintenanceView> activeMaintenance = status.activeMaintenances().stream().map(this::maintenance).toList();
        List<MaintenanceView> upcoming = status.upcomingMaintenances().stream().map(this::maintenance).toList();

        Instant since = now.minus(RECENT);
        List<IncidentCard> recent = newestFirst.stream()
                .filter(i -> i.isResolved() && !i.resolvedAt().orElseThrow().isBefore(since))
                .map(i -> card(i, false, layout.root())).toList();

        return new StatusPage(layout, banner, String.join(" · ", detail), active, activeMaintenance, upcoming,
                componentGroups(status), Integer.toString(metrics.uptime().dates().size()),
                Integer.toString(recentUptime.dates().size()), recent,
                formats.instant(since).display());
    }

    /** The days of the shorter uptime bar that narrow screens show instead of the full one. */
    static final int SHORT_UPTIME_DAYS = 30;

    private List<ComponentGroupView> componentGroups(CurrentStatus status) {
        Map<String, ComponentUptime> uptimes = metrics.uptime().components().stream()
                .collect(Collectors.toMap(ComponentUptime::componentId, Function.identity(), (a, b) -> a, TreeMap::new));
        Map<String, ComponentUptime> recentUptimes = recentUptime.components().stream()
                .collect(Collectors.toMap(ComponentUptime::componentId, Function.identity(), (a, b) -> a, TreeMap::new));
        Map<String, GroupUptime> groupUptimes = metrics.uptime().groups().stream()
                .collect(Collectors.toMap(GroupUptime::name, Function.identity(), (a, b) -> a, TreeMap::new));
        Map<String, GroupUptime> recentGroupUptimes = recentUptime.groups().stream()
                .collect(Collectors.toMap(GroupUptime::name, Function.identity(), (a, b) -> a, TreeMap::new));
        Map<String, GroupState> groupStates = status.groups().stream()
                .collect(Collectors.toMap(GroupState::name, Function.identity(), (a, b) -> a, TreeMap::new));
        Map<String, List<ComponentView>> byGroup = new LinkedHashMap<>();
        for (String group : config.groups()) {
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
                groups.add(new ComponentGroupView("", new Badge("", Tones.NEUTRAL), false, "", "", components));
            } else {
                GroupState gs = groupStates.get(name);
                GroupUptime gu = groupUptimes.get(name);
                GroupUptime recent = recentGroupUptimes.get(name);
                boolean operational = gs == null || gs.status() == ComponentStatus.OPERATIONAL;
                groups.add(new ComponentGroupView(name, gs == null ? new Badge("", Tones.NEUTRAL) : badge(gs.status()),
                        !operational, gu == null ? "" : Formats.uptime(gu.percent()) + " uptime",
                        recent == null ? "" : Formats.uptime(recent.percent()) + " uptime", components));
            }
        });
        return groups;
    }

    private static Badge badge(ComponentStatus status) {
        return new Badge(status.label(), tone(status.indicator()));
    }

    private static String tone(Indicator indicator) {
        switch (indicator) {
            case NONE:
                return Tones.OK;
            case MINOR:
                return Tones.MINOR;
            case MAJOR:
                return Tones.MAJOR;
            case CRITICAL:
                return Tones.CRITICAL;
            case MAINTENANCE:
                return Tones.MAINTENANCE;
            default:
                throw new IllegalArgumentException("unknown indicator " + indicator);
        }
    }

    /** The width of one day's mark and the gap after it, in SVG units; the bar is scaled to the page's width. */
    private static final int BAR_MARK = 4;
    private static final int BAR_GAP = 2;
    private static final int BAR_HEIGHT = 34;

    UptimeBar uptimeBar(String name, List<UptimeDay> days, double percent) {
        List<BarDay> marks = new ArrayList<>();
        LocalDate today = formats.localDate(now);
        int withIncidents = 0;
        for (int i = 0; i < days.size(); i++) {
            UptimeDay day = days.get(i);
            if (!day.incidentIds().isEmpty()) {
                withIncidents++;
            }
            marks.add(new BarDay(Integer.toString(i * (BAR_MARK + BAR_GAP)), dayClass(day), dayTitle(day, today)));
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

    private UptimeBar bar(Component component, ComponentUptime uptime) {
        return uptime == null ? uptimeBar(component.name(), List.of(), 100)
                : uptimeBar(component.name(), uptime.days(), uptime.percent());
    }

    /**
     * The colour of a day by its downtime: none (green; yellow when an incident degraded it without downtime), up to
     * 15 minutes (yellow), up to an hour (orange), more (red).
     */
    static String dayClass(UptimeDay day) {
        double down = day.downtimeMinutes();
        if (down <= 0) {
            return day.worst().isPresent() ? "day-minor" : "day-ok";
        }
        if (down <= 15) {
            return "day-minor";
        }
        if (down <= 60) {
            return "day-major";
        }
        return "day-critical";
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

    MaintenanceView maintenance(Maintenance m) {
        List<UpdateView> updates = new ArrayList<>();
        for (int i = m.updates().size() - 1; i >= 0; i--) {
            MaintenanceUpdate u = m.updates().get(i);
            updates.add(new UpdateView(new Badge(u.status().label(), Tones.MAINTENANCE), formats.instant(u.at()),
                    PlainText.segments(u.message())));
        }
        String componentNames = m.components().stream().map(this::componentName).collect(Collectors.joining(", "));
        boolean sameDay = formats.localDate(m.scheduledStart()).equals(formats.localDate(m.scheduledEnd()));
        return new MaintenanceView(m.id(), m.title(), new Badge(m.status().label(), Tones.MAINTENANCE),
                formats.instant(m.scheduledStart()),
                sameDay ? formats.time(m.scheduledEnd()) : formats.instant(m.scheduledEnd()), componentNames, updates);
    }

    // ---------------------------------------------------------------------------------------------------- metrics page

    MetricsPage metricsPage() {
        Layout layout = layout("metrics/index.html", "Metrics",
                "Response times, postmortems and action items of " + config.title() + ", with their targets.");
        List<SeverityRow> severities = new ArrayList<>();
        for (SeverityResponse r : metrics.responses()) {
            Severity s = r.severity();
            severities.add(new SeverityRow(new Badge(s.id() + " · " + s.name(), Tones.of(s.impact())),
                    Formats.count(r.resolved(), "resolved incident"), List.of(
                    stat("MTTA", r.timeToAcknowledge()),
                    stat("MTTR", r.timeToResolve()),
                    stat("Time to detect", r.timeToDetect()))));
        }

        PostmortemReport pm = metrics.postmortems();
        int decided = pm.onTime() + pm.late() + pm.overdue();
        String dueWithin = Formats.duration(config.postmortem().dueWithin());
        List<Figure> postmortems = List.of(
                new Figure("Published on time", "published by resolved + " + dueWithin
                        + ", over required postmortems that are due: " + pm.onTime() + " of " + decided,
                        pm.onTimeRate().map(Formats::percent).orElse("–"), "", ""),
                new Figure("Late", "published after they were due", Integer.toString(pm.late()), "", ""),
                new Figure("Overdue", "due and not published", Integer.toString(pm.overdue()), "", ""),
                new Figure("Not due yet", "required, not published, still within " + dueWithin,
                        Integer.toString(pm.pending()), "", ""));
        List<PostmortemRow> late = new ArrayList<>();
        for (PostmortemState st : pm.states()) {
            if (st.timeliness() == PostmortemTimeliness.LATE || st.timeliness() == PostmortemTimeliness.OVERDUE) {
                boolean overdue = st.timeliness() == PostmortemTimeliness.OVERDUE;
                late.add(new PostmortemRow(st.incident().title(), layout.root() + incidentPath(st.incident().id()),
                        new Badge(st.timeliness().label(), overdue ? Tones.CRITICAL : Tones.MAJOR),
                        formats.instant(st.due()), st.overrun().map(Formats::duration).orElse("")));
            }
        }

        Charts charts = new Charts(formats);
        List<Severity> configured = config.severities();
        List<TrendRow> trends = new ArrayList<>();
        for (int i = metrics.trends().size() - 1; i >= 0; i--) {
            MonthlyTrend t = metrics.trends().get(i);
            trends.add(new TrendRow(formats.month(t.month()),
                    t.counts().stream().map(c -> Integer.toString(c.count())).toList(), Integer.toString(t.total()),
                    Formats.duration(t.mttr())));
        }
        List<String> headers = configured.stream().map(Severity::id).toList();
        return new MetricsPage(layout, severities, postmortems, late, actionItemFigures(),
                charts.incidentsPerMonth(metrics.trends(), configured), charts.mttrPerMonth(metrics.trends()),
                trends, headers);
    }

    private static StatRow stat(String measure, DurationStats d) {
        String within = d.target().isPresent() && d.count() > 0
                ? d.withinTarget() + " of " + d.count() + " (" + Formats.percent(d.withinTargetRate().orElse(0.0)) + ")"
                : "";
        boolean judged = d.target().isPresent() && d.count() > 0;
        String verdict = judged ? (d.withinTarget() == d.count() ? "met" : "missed") : "";
        return new StatRow(measure, Integer.toString(d.count()), Formats.duration(d.mean()), Formats.duration(d.median()),
                Formats.duration(d.p90()), d.target().map(t -> "≤ " + Formats.duration(t)).orElse(""), within, verdict);
    }

    // ---------------------------------------------------------------------------------------------------- helpers

    static boolean httpUrl(String url) {
        return HtmlSanitiser.urlAllowed(url, Set.of("http", "https"), false);
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
