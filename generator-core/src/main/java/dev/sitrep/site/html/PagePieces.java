package dev.sitrep.site.html;

import dev.sitrep.i18n.Strings;
import dev.sitrep.metrics.ActionItemEntry;
import dev.sitrep.metrics.ActionItemReport;
import dev.sitrep.metrics.ActionItemState;
import dev.sitrep.metrics.ComponentStatus;
import dev.sitrep.metrics.PostmortemDeadline;
import dev.sitrep.metrics.PostmortemMetrics;
import dev.sitrep.metrics.PostmortemTimeliness;
import dev.sitrep.metrics.SiteMetrics;
import dev.sitrep.metrics.UptimeDay;
import dev.sitrep.model.ActionItem;
import dev.sitrep.model.ActionStatus;
import dev.sitrep.model.AffectedComponent;
import dev.sitrep.model.Component;
import dev.sitrep.model.ComponentImpact;
import dev.sitrep.model.Factor;
import dev.sitrep.model.Impact;
import dev.sitrep.model.Incident;
import dev.sitrep.model.Maintenance;
import dev.sitrep.model.MaintenanceStatus;
import dev.sitrep.model.MaintenanceUpdate;
import dev.sitrep.model.IncidentStatus;
import dev.sitrep.model.Postmortem;
import dev.sitrep.model.Severity;
import dev.sitrep.model.SiteConfig;
import dev.sitrep.model.StatusRepository;
import dev.sitrep.model.StatusUpdate;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The pieces that several pages show, built the same way everywhere: the page frame, badges and their tones, status
 * words, incident cards and update timelines, where a postmortem stands, action items and their completion figures.
 * The page builders ({@link StatusPageBuilder}, {@link HistoryPageBuilder}, {@link IncidentPageBuilder},
 * {@link PostmortemIndexBuilder}, {@link ActionItemsPageBuilder}, {@link MetricsPageBuilder}) use them. Indexes over
 * the repository are built once, in the constructor; safe for concurrent use.
 */
final class PagePieces {

    /** Newest first: by detection time descending, then id. */
    static final Comparator<Incident> NEWEST_FIRST = Comparator.comparing(Incident::detected).reversed()
            .thenComparing(Incident::id);

    /** The navigation targets, in order: the key of the label and the path from the site root. */
    private static final List<String[]> NAV = List.of(
            new String[] {"nav.status", "index.html"},
            new String[] {"nav.history", "history/index.html"},
            new String[] {"nav.postmortems", "postmortems/index.html"},
            new String[] {"nav.actionItems", "action-items/index.html"},
            new String[] {"nav.metrics", "metrics/index.html"});

    /** The width of one day's mark of an uptime bar and the gap after it, in SVG units; the bar is scaled to the page. */
    private static final int BAR_MARK = 4;
    private static final int BAR_GAP = 2;
    private static final int BAR_HEIGHT = 34;

    private final StatusRepository repository;
    private final Strings strings;
    private final SiteConfig config;
    private final Instant now;
    private final Formats formats;
    private final SiteMetrics metrics;
    private final Map<String, Severity> severities;
    private final Map<String, Component> components;
    private final List<Incident> newestFirst;
    private final Map<String, ActionItemEntry> actionItemsById;
    private final Stamp generated;
    private final boolean defaultSeverities;
    private final Map<String, Incident> incidentsById;

    PagePieces(StatusRepository repository, SiteMetrics metrics, Strings strings) {
        this.strings = strings;
        this.repository = repository;
        this.config = repository.config();
        this.now = metrics.now();
        this.formats = new Formats(config.timezone(), strings);
        this.metrics = metrics;
        this.severities = config.severities().stream()
                .collect(Collectors.toMap(Severity::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        this.components = config.components().stream()
                .collect(Collectors.toMap(Component::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        this.newestFirst = repository.incidents().stream().sorted(NEWEST_FIRST).toList();
        this.actionItemsById = metrics.actionItems().items().stream()
                .collect(Collectors.toMap(e -> e.item().id(), Function.identity(), (a, b) -> a, HashMap::new));
        this.generated = formats.instant(now);
        this.defaultSeverities = config.severities().equals(Severity.defaults());
        this.incidentsById = repository.incidents().stream()
                .collect(Collectors.toMap(Incident::id, Function.identity(), (a, b) -> a, HashMap::new));
    }

    StatusRepository repository() {
        return repository;
    }

    SiteConfig config() {
        return config;
    }

    Instant now() {
        return now;
    }

    /** The words of the site, in its language. */
    Strings strings() {
        return strings;
    }

    Formats formats() {
        return formats;
    }

    SiteMetrics metrics() {
        return metrics;
    }

    /** Every incident, newest first. */
    List<Incident> newestFirst() {
        return newestFirst;
    }

    // ---------------------------------------------------------------------------------------------------- frame

    /**
     * The frame of the page at {@code path} (relative to the site root).
     *
     * @param pageTitle the page's own title; empty for the status page, whose title is the site's
     */
    Layout layout(String path, String pageTitle, String description) {
        return layout(path, pageTitle, description, true);
    }

    /**
     * The frame of a page; {@code clock} says whether the page shows anything measured against the clock, and so
     * the time of the data in its footer. A page without it does not change when only the clock moves.
     */
    Layout layout(String path, String pageTitle, String description, boolean clock) {
        String root = "../".repeat((int) path.chars().filter(c -> c == '/').count());
        List<NavItem> nav = NAV.stream().map(n -> new NavItem(strings.text(n[0]), root + n[1], n[1].equals(path))).toList();
        return new Layout(strings.language(), config.title(), pageTitle, description, root, nav,
                clock ? generated : Stamp.NONE);
    }

    /** The path of an incident's page from the site root. */
    static String incidentPath(String id) {
        return "incidents/" + id + "/index.html";
    }

    /** The path of a component's page from the site root. */
    static String componentPath(String id) {
        return "components/" + id + "/index.html";
    }

    /** A component's name, linked to its page from a page at {@code root}; not linked when it is not configured. */
    ComponentLink componentLink(String id, String root) {
        return new ComponentLink(componentName(id), components.containsKey(id) ? root + componentPath(id) : "");
    }

    /** Every configured component, in configuration order. */
    List<Component> components() {
        return config.components();
    }

    /** An incident by id, if the repository has it. */
    Optional<Incident> incident(String id) {
        return Optional.ofNullable(incidentsById.get(id));
    }

    /**
     * An incident named on another page, linked from a page at {@code root}, with the date it was detected; an id that
     * is not an incident of the repository (a data error, which never reaches the site) is shown as written.
     */
    IncidentLink incidentLink(String id, String root) {
        return incident(id).map(i -> incidentLink(i, root)).orElse(new IncidentLink(id, "", Stamp.NONE));
    }

    /** An incident named on another page, linked from a page at {@code root}, with the date it was detected. */
    IncidentLink incidentLink(Incident incident, String root) {
        return new IncidentLink(incident.title(), root + incidentPath(incident.id()),
                formats.date(formats.localDate(incident.detected())));
    }

    /** A contributing factor by id: its name and description from the taxonomy; an undeclared id as written. */
    FactorView factor(String id) {
        return config.postmortem().factor(id).map(PagePieces::factor).orElse(new FactorView(id, id, ""));
    }

    static FactorView factor(Factor factor) {
        return new FactorView(factor.id(), factor.name(), factor.description().orElse(""));
    }

    /** The factors a postmortem names, each once, as written; none without a taxonomy (they are then not used). */
    List<FactorView> factors(Postmortem postmortem) {
        if (!config.postmortem().hasTaxonomy()) {
            return List.of();
        }
        return postmortem.factors().stream().distinct().map(this::factor).toList();
    }

    // ---------------------------------------------------------------------------------------------------- badges

    Optional<Severity> severity(Incident incident) {
        return Optional.ofNullable(severities.get(incident.severity()));
    }

    /** {@code P1 · High} in the severity's impact tone; the bare id when the severity is unknown. */
    Badge severityBadge(Incident incident) {
        Optional<Severity> severity = severity(incident);
        return severity.map(this::severityBadge).orElse(new Badge(incident.severity(), Tone.NEUTRAL));
    }

    /** A severity as the metrics page heads its row: {@code P1 · High}. */
    Badge severityBadge(Severity severity) {
        return new Badge(formats.text("severity.label", severity.id(), severityName(severity)),
                Tone.of(severity.impact()));
    }

    /**
     * The name of a severity: the configured one, except in the default scheme, whose names are sitrep's own words
     * ({@code severity.default.P1}: {@code High}) and so are written in the site's language.
     */
    String severityName(Severity severity) {
        return defaultSeverities ? formats.text("severity.default." + severity.id()) : severity.name();
    }

    private Impact impactOf(Incident incident) {
        return severity(incident).map(Severity::impact).orElse(Impact.NONE);
    }

    /** The last update's status: ok once resolved, else the incident's impact (at least minor). */
    Badge statusBadge(Incident incident) {
        IncidentStatus status = incident.lastUpdate().status();
        if (status == IncidentStatus.RESOLVED) {
            return new Badge(label(status), Tone.OK);
        }
        Tone tone = Tone.of(impactOf(incident));
        return new Badge(label(status), tone == Tone.NEUTRAL ? Tone.MINOR : tone);
    }

    Badge impactBadge(Incident incident) {
        Impact impact = impactOf(incident);
        return new Badge(formats.text("impact." + impact.id()), Tone.of(impact));
    }

    /** The name of a configured component; the id when it is not configured. */
    String componentName(String id) {
        Component c = components.get(id);
        return c == null ? id : c.name();
    }

    /** The components an incident affects, linked from a page at {@code root}, with the impact on each. */
    List<ComponentImpactView> componentImpacts(Incident incident, String root) {
        List<ComponentImpactView> out = new ArrayList<>();
        for (AffectedComponent a : incident.components()) {
            out.add(new ComponentImpactView(componentLink(a.componentId(), root),
                    new Badge(label(a.impact()), Tone.of(a.impact()))));
        }
        return out;
    }

    // ---------------------------------------------------------------------------------------------------- incidents

    /**
     * The colour of an update's status word: resolved is ok; monitoring is neutral; investigating and identified take
     * the incident's colour while it is open, and are neutral once it is resolved.
     */
    private static Tone updateTone(IncidentStatus status, Badge current) {
        if (status == IncidentStatus.RESOLVED) {
            return Tone.OK;
        }
        if (status == IncidentStatus.MONITORING || current.tone() == Tone.OK) {
            return Tone.NEUTRAL;
        }
        return current.tone();
    }

    /** The updates of an incident, newest first. */
    List<UpdateView> updates(Incident incident) {
        List<UpdateView> out = new ArrayList<>();
        Badge current = statusBadge(incident);
        for (int i = incident.updates().size() - 1; i >= 0; i--) {
            StatusUpdate u = incident.updates().get(i);
            Badge status = new Badge(label(u.status()), updateTone(u.status(), current));
            out.add(new UpdateView(status, formats.instant(u.at()), PlainText.segments(u.message())));
        }
        return out;
    }

    /**
     * An incident as the lists show it, linking to its page from a page at {@code root} ({@code ""}, {@code "../"});
     * with its updates only where the list shows them (active incidents). An open incident is "ongoing" after its
     * start, not "ongoing for 3h": a static page is read long after it is built, and the start stays true.
     */
    IncidentCard card(Incident incident, boolean withUpdates, String root) {
        Optional<Instant> resolved = incident.resolvedAt();
        String duration = resolved.map(r -> formats.duration(Duration.between(incident.impactStart(), r)))
                .orElse(formats.text("incident.card.ongoing"));
        Stamp resolvedStamp = resolved.map(r -> formats.localDate(r).equals(formats.localDate(incident.impactStart()))
                ? formats.time(r) : formats.instant(r)).orElse(Stamp.NONE);
        return new IncidentCard(incident.id(), root + incidentPath(incident.id()), incident.title(),
                severityBadge(incident), statusBadge(incident), impactBadge(incident),
                formats.instant(incident.impactStart()), resolvedStamp, duration, componentImpacts(incident, root),
                withUpdates ? updates(incident) : List.of(), postmortemNote(incident));
    }

    // ---------------------------------------------------------------------------------------------------- postmortems

    /** The deadline of the incident's postmortem, when one is required (resolved, and the severity requires one). */
    Optional<PostmortemDeadline> deadline(Incident incident) {
        return PostmortemMetrics.deadline(incident, config, now);
    }

    /** Whether the incident's postmortem is published: its page shows it. */
    static boolean published(Incident incident) {
        return incident.postmortem().map(Postmortem::isPublished).orElse(false);
    }

    /** Whether the incident's postmortem is required, due, and not published (missing or a draft). */
    boolean overdue(Incident incident) {
        return !published(incident)
                && deadline(incident).map(d -> d.timeliness() == PostmortemTimeliness.OVERDUE).orElse(false);
    }

    /**
     * Where the incident's postmortem stands, as the incident lists say it: published, overdue, in progress (a draft
     * that is not overdue), pending (required, not written, not due yet); empty when none is required or written.
     */
    String postmortemNote(Incident incident) {
        if (published(incident)) {
            return formats.text("postmortem.note.published");
        }
        if (overdue(incident)) {
            return formats.text("postmortem.note.overdue");
        }
        if (incident.postmortem().isPresent()) {
            return formats.text("postmortem.note.inProgress");
        }
        return deadline(incident).isPresent() ? formats.text("postmortem.note.pending") : "";
    }

    // ---------------------------------------------------------------------------------------------------- action items

    /** An action item with its status, linked to its incident's page from a page at {@code root}. */
    ActionItemView actionItem(ActionItem item, Incident incident, String root) {
        Optional<ActionItemEntry> entry = Optional.ofNullable(actionItemsById.get(item.id()));
        boolean overdue = entry.map(e -> e.state() == ActionItemState.OVERDUE).orElse(false);
        String statusLabel = overdue ? formats.text("actionItem.status.withOverdue", label(item.status()))
                : label(item.status());
        return new ActionItemView(item.id(), item.title(), item.link().filter(PagePieces::httpUrl).orElse(""),
                item.owner(), formats.text("actionItem.priority." + item.priority().id()),
                item.type().map(t -> formats.text("actionItem.type." + t.id())).orElse(""),
                formats.date(item.due()), new Badge(statusLabel, Tone.of(item.status(), overdue)), overdue,
                item.completed().map(formats::date).orElse(Stamp.NONE), incident.title(),
                root + incidentPath(incident.id()));
    }

    /** What the clock makes of an action item on the pages: whether it is overdue now. */
    boolean actionItemOverdue(ActionItem item) {
        return Optional.ofNullable(actionItemsById.get(item.id())).map(e -> e.state() == ActionItemState.OVERDUE)
                .orElse(false);
    }

    /** The completion rate against its target, and the counts by state (the action-items and metrics pages). */
    List<Figure> actionItemFigures() {
        ActionItemReport report = metrics.actionItems();
        String window = formats.duration(config.actionItems().completeWithin());
        String rate = report.completionRate().map(formats::percent).orElse("–");
        Verdict verdict = report.meetsTarget().map(Verdict::of).orElse(Verdict.NONE);
        return List.of(
                new Figure(formats.text("actionItems.figure.doneWithin", window),
                        formats.count(report.decided(), "actionItems.figure.doneWithin.formula",
                                Integer.toString(report.within()), window), rate,
                        formats.text("figures.atLeast", formats.percent(report.target())), verdict),
                new Figure(formats.text("actionItems.figure.overdue"),
                        formats.text("actionItems.figure.overdue.formula"),
                        Integer.toString(report.overdue()), "", Verdict.NONE),
                new Figure(formats.text("actionItems.figure.open"), formats.text("actionItems.figure.open.formula"),
                        Integer.toString(report.open()), "", Verdict.NONE),
                new Figure(formats.text("actionItems.figure.done"), formats.text("actionItems.figure.done.formula"),
                        Integer.toString(report.done()), "", Verdict.NONE),
                new Figure(formats.text("actionItems.figure.wontDo"), formats.text("actionItems.figure.wontDo.formula"),
                        Integer.toString(report.wontDo()), "", Verdict.NONE));
    }

    // ---------------------------------------------------------------------------------------------------- figures

    /** A figure without a target. */
    static Figure figure(String label, String formula, String value) {
        return new Figure(label, formula, value, "", Verdict.NONE);
    }

    /** A measured duration against its target ({@code ≤ 15m}), {@code –} when not measured. */
    Figure figure(String label, String formula, Optional<Duration> value, Optional<Duration> target) {
        return new Figure(label, formula, formats.duration(value),
                target.map(t -> formats.text("figures.atMost", formats.duration(t))).orElse(""),
                Verdict.of(value, target));
    }

    /** The word of an incident status: {@code Identified}. */
    String label(IncidentStatus status) {
        return formats.text("incident.status." + status.id());
    }

    /** The word of an impact on a component: {@code Partial outage}. */
    String label(ComponentImpact impact) {
        return formats.text("component.status." + impact.id());
    }

    /** The word of a component's status: {@code Operational}. */
    String label(ComponentStatus status) {
        return formats.text("component.status." + status.id());
    }

    /** The word of an action item's status: {@code In progress}. */
    String label(ActionStatus status) {
        return formats.text("actionItem.status." + status.id());
    }

    /** The word of a maintenance's status: {@code In progress}. */
    String label(MaintenanceStatus status) {
        return formats.text("maintenance.status." + status.id());
    }

    static boolean httpUrl(String url) {
        return HtmlSanitiser.urlAllowed(url, Set.of("http", "https"), false);
    }

    // ---------------------------------------------------------------------------------------------------- uptime and maintenance

    /** A component's (or group's) uptime bar over {@code days}: one mark per day, oldest first. */
    UptimeBar uptimeBar(String name, List<UptimeDay> days, double percent) {
        List<BarDay> marks = new ArrayList<>();
        LocalDate today = formats.localDate(now);
        int withIncidents = 0;
        for (int i = 0; i < days.size(); i++) {
            UptimeDay day = days.get(i);
            if (!day.incidentIds().isEmpty()) {
                withIncidents++;
            }
            marks.add(new BarDay(Integer.toString(i * (BAR_MARK + BAR_GAP)), dayTone(day), dayTitle(day, today)));
        }
        String percentText = formats.uptime(percent);
        String label = withIncidents == 0
                ? formats.count(days.size(), "uptime.bar.label.clean", name, percentText)
                : formats.text("uptime.bar.label", name, percentText, formats.count(days.size(), "uptime.bar.days"),
                        formats.count(withIncidents, "uptime.bar.daysWithIncidents"));
        int width = Math.max(1, days.size() * (BAR_MARK + BAR_GAP) - BAR_GAP);
        String from = days.isEmpty() ? "" : formats.count(days.size(), "uptime.bar.from");
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
        String when = formats.dayWithWeekday(day.date()).display();
        if (day.date().equals(today)) {
            when = formats.text("uptime.day.today", when);
        }
        String uptime = formats.uptime(day.uptimePercent());
        String figures = day.downtimeMinutes() > 0
                ? formats.text("uptime.day.downtime", when, uptime,
                        formats.duration(Duration.ofSeconds(Math.round(day.downtimeMinutes() * 60))))
                : formats.text("uptime.day.uptime", when, uptime);
        if (day.incidentIds().isEmpty()) {
            return formats.text("uptime.day.noIncidents", figures);
        }
        String titles = day.incidentIds().stream().map(id -> Optional.ofNullable(incidentsById.get(id))
                .map(Incident::title).orElse(id)).collect(Collectors.joining("; "));
        String incidents = formats.count(day.incidentIds().size(), "uptime.day.incidents", titles);
        return day.worst().map(w -> formats.text("uptime.day.worst", figures, label(w), incidents))
                .orElse(formats.text("uptime.day.withIncidents", figures, incidents));
    }

    /** A maintenance with its updates newest first, its components linked from a page at {@code root}. */
    MaintenanceView maintenance(Maintenance m, String root) {
        List<UpdateView> updates = new ArrayList<>();
        for (int i = m.updates().size() - 1; i >= 0; i--) {
            MaintenanceUpdate u = m.updates().get(i);
            updates.add(new UpdateView(new Badge(label(u.status()), Tone.MAINTENANCE), formats.instant(u.at()),
                    PlainText.segments(u.message())));
        }
        List<ComponentLink> componentLinks = m.components().stream().map(id -> componentLink(id, root)).toList();
        boolean sameDay = formats.localDate(m.scheduledStart()).equals(formats.localDate(m.scheduledEnd()));
        return new MaintenanceView(m.id(), m.title(), new Badge(label(m.status()), Tone.MAINTENANCE),
                formats.instant(m.scheduledStart()),
                sameDay ? formats.time(m.scheduledEnd()) : formats.instant(m.scheduledEnd()), componentLinks, updates);
    }
}
