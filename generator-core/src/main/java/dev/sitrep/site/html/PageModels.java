package dev.sitrep.site.html;

import dev.sitrep.model.ActionItem;
import dev.sitrep.model.AffectedComponent;
import dev.sitrep.model.Component;
import dev.sitrep.model.Impact;
import dev.sitrep.model.Incident;
import dev.sitrep.model.IncidentStatus;
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
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

    private final StatusRepository repository;
    private final SiteConfig config;
    private final Instant now;
    private final Formats formats;
    private final MarkdownRenderer markdown;
    private final Map<String, Severity> severities;
    private final Map<String, Component> components;
    private final List<Incident> newestFirst;
    private final Stamp generated;

    PageModels(StatusRepository repository, Instant now, MarkdownRenderer markdown) {
        this.repository = repository;
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
    }

    Formats formats() {
        return formats;
    }

    List<Incident> newestFirst() {
        return newestFirst;
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

    /** The updates of an incident, newest first. */
    List<UpdateView> updates(Incident incident) {
        List<UpdateView> out = new ArrayList<>();
        Badge current = statusBadge(incident);
        for (int i = incident.updates().size() - 1; i >= 0; i--) {
            StatusUpdate u = incident.updates().get(i);
            String tone = u.status() == IncidentStatus.RESOLVED ? Tones.OK
                    : u.status() == IncidentStatus.MONITORING ? Tones.NEUTRAL : current.tone().equals(Tones.OK)
                    ? Tones.NEUTRAL : current.tone();
            out.add(new UpdateView(new Badge(u.status().label(), tone), formats.instant(u.at()),
                    PlainText.segments(u.message())));
        }
        return out;
    }

    /** A short word about the postmortem for lists: empty, or "Postmortem", "Postmortem in progress", ... */
    String postmortemNote(Incident incident) {
        switch (postmortemState(incident)) {
            case "published":
                return "Postmortem published";
            case "in-progress":
                return "Postmortem in progress";
            case "overdue":
                return "Postmortem overdue";
            case "pending":
                return "Postmortem pending";
            default:
                return "";
        }
    }

    IncidentCard card(Incident incident, boolean withUpdates) {
        Optional<Instant> resolved = incident.resolvedAt();
        String duration = resolved.map(r -> Formats.duration(Duration.between(incident.impactStart(), r)))
                .orElse("ongoing for " + Formats.duration(Duration.between(incident.impactStart(), now)));
        return new IncidentCard(incident.id(), incidentPath(incident.id()), incident.title(), severityBadge(incident),
                statusBadge(incident), impactBadge(incident), formats.instant(incident.impactStart()),
                formats.instant(resolved), duration, componentImpacts(incident),
                withUpdates ? updates(incident) : List.of(), postmortemNote(incident));
    }

    /** The incident card with links made relative to a page at depth {@code root}. */
    IncidentCard card(Incident incident, boolean withUpdates, String root) {
        IncidentCard c = card(incident, withUpdates);
        return new IncidentCard(c.id(), root + c.href(), c.title(), c.severity(), c.status(), c.impact(), c.started(),
                c.resolved(), c.duration(), c.components(), c.updates(), c.postmortem());
    }

    // ---------------------------------------------------------------------------------------------------- postmortem

    private Optional<Instant> postmortemDue(Incident incident) {
        return incident.resolvedAt().map(r -> r.plus(config.postmortem().dueWithin()));
    }

    private boolean postmortemRequired(Incident incident) {
        return Optional.ofNullable(severities.get(incident.severity())).map(Severity::postmortemRequired).orElse(false);
    }

    /** published, in-progress, overdue, pending or none; see {@link PostmortemView}. */
    String postmortemState(Incident incident) {
        Optional<Postmortem> pm = incident.postmortem();
        if (pm.isPresent() && pm.get().isPublished()) {
            return "published";
        }
        boolean overdue = postmortemRequired(incident) && postmortemDue(incident).map(now::isAfter).orElse(false);
        if (overdue) {
            return "overdue";
        }
        if (pm.isPresent()) {
            return "in-progress";
        }
        if (postmortemRequired(incident) && incident.isResolved()) {
            return "pending";
        }
        return "none";
    }

    PostmortemView postmortem(Incident incident) {
        String state = postmortemState(incident);
        Optional<Instant> due = postmortemDue(incident);
        String dueText = due.map(d -> formats.instant(d).display()).orElse("");
        Optional<Postmortem> pm = incident.postmortem();
        switch (state) {
            case "published": {
                Postmortem p = pm.orElseThrow();
                String lateness = "";
                if (postmortemRequired(incident) && due.isPresent() && p.published().isPresent()
                        && p.published().get().isAfter(due.get())) {
                    lateness = "Published " + Formats.duration(Duration.between(due.get(), p.published().get()))
                            + " after it was due (" + dueText + ").";
                }
                // The page has h1 (title) and h2 (Postmortem): the postmortem's own ## sections become h3.
                String html = markdown.render(p.body(), 1);
                return new PostmortemView(state, "", html, String.join(", ", p.authors()),
                        formats.instant(p.published()), lateness, actionItems(incident, p));
            }
            case "overdue":
                return new PostmortemView(state, pm.isPresent()
                        ? "The postmortem was due on " + dueText + " and is overdue. A draft is in progress; it will be published here."
                        : "The postmortem was due on " + dueText + " and is overdue. It will be published here.",
                        "", "", Stamp.NONE, "", List.of());
            case "in-progress":
                return new PostmortemView(state, "A postmortem is in progress. It will be published here"
                        + (postmortemRequired(incident) && !dueText.isEmpty() ? " by " + dueText + "." : "."),
                        "", "", Stamp.NONE, "", List.of());
            case "pending":
                return new PostmortemView(state, "A postmortem will be published here by " + dueText + ".",
                        "", "", Stamp.NONE, "", List.of());
            default:
                return new PostmortemView(state, "", "", "", Stamp.NONE, "", List.of());
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
        return new Figure(label, formula, Formats.duration(value), target.map(t -> "≤ " + Formats.duration(t)).orElse(""),
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

    /** Whether an action item is still pending after its due date (in the site's time zone). */
    boolean overdue(ActionItem item) {
        return item.status().isPending() && formats.localDate(now).isAfter(item.due());
    }

    ActionItemView actionItem(ActionItem item, Incident incident, String root) {
        boolean overdue = overdue(item);
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

    /** Every action item of a published postmortem, with its incident. */
    List<Map.Entry<ActionItem, Incident>> publishedActionItems() {
        List<Map.Entry<ActionItem, Incident>> out = new ArrayList<>();
        for (Incident incident : repository.incidents()) {
            incident.postmortem().filter(Postmortem::isPublished)
                    .ifPresent(pm -> pm.actionItems().forEach(a -> out.add(Map.entry(a, incident))));
        }
        return out;
    }

    List<ActionItemGroup> actionItemGroups(String root) {
        Comparator<Map.Entry<ActionItem, Incident>> byDue = Comparator
                .comparing((Map.Entry<ActionItem, Incident> e) -> e.getKey().due())
                .thenComparing(e -> e.getKey().owner())
                .thenComparing(e -> e.getKey().id());
        List<Map.Entry<ActionItem, Incident>> all = publishedActionItems().stream().sorted(byDue).toList();
        List<ActionItemView> overdue = new ArrayList<>();
        List<ActionItemView> open = new ArrayList<>();
        List<ActionItemView> done = new ArrayList<>();
        List<ActionItemView> wontDo = new ArrayList<>();
        for (Map.Entry<ActionItem, Incident> e : all) {
            ActionItemView view = actionItem(e.getKey(), e.getValue(), root);
            if (view.overdue()) {
                overdue.add(view);
            } else if (e.getKey().status().isPending()) {
                open.add(view);
            } else if (e.getKey().status() == dev.sitrep.model.ActionStatus.DONE) {
                done.add(view);
            } else {
                wontDo.add(view);
            }
        }
        // Done items: most recently due first is what people look for; keep due-date order but newest first.
        List<ActionItemView> doneNewestFirst = new ArrayList<>(done);
        java.util.Collections.reverse(doneNewestFirst);
        List<ActionItemView> wontDoNewestFirst = new ArrayList<>(wontDo);
        java.util.Collections.reverse(wontDoNewestFirst);
        return List.of(
                new ActionItemGroup("overdue", "Overdue", "Open or in progress after their due date, oldest due first.", overdue),
                new ActionItemGroup("open", "Open", "Open or in progress and not yet due, soonest due first.", open),
                new ActionItemGroup("done", "Done", "Completed, latest due first.", doneNewestFirst),
                new ActionItemGroup("wont-do", "Won't do", "Closed without being done, latest due first.", wontDoNewestFirst));
    }

    ActionItemsPage actionItemsPage() {
        Layout layout = layout("action-items/index.html", "Action items",
                "Every follow-up from the published postmortems of " + config.title() + ".");
        List<ActionItemGroup> groups = actionItemGroups(layout.root());
        int total = groups.stream().mapToInt(g -> g.items().size()).sum();
        return new ActionItemsPage(layout, Formats.count(total, "action item"), List.of(), groups, owners());
    }

    List<OwnerRow> owners() {
        Map<String, int[]> counts = new TreeMap<>();
        for (Map.Entry<ActionItem, Incident> e : publishedActionItems()) {
            ActionItem item = e.getKey();
            int[] c = counts.computeIfAbsent(item.owner(), o -> new int[4]);
            if (overdue(item)) {
                c[1]++;
            } else if (item.status().isPending()) {
                c[0]++;
            } else if (item.status() == dev.sitrep.model.ActionStatus.DONE) {
                c[2]++;
            } else {
                c[3]++;
            }
        }
        List<OwnerRow> rows = new ArrayList<>();
        counts.forEach((owner, c) -> rows.add(new OwnerRow(owner, c[0], c[1], c[2], c[3], c[0] + c[1] + c[2] + c[3])));
        return rows;
    }

    // ---------------------------------------------------------------------------------------------------- helpers

    LocalDate today() {
        return formats.localDate(now);
    }

    Instant now() {
        return now;
    }

    SiteConfig config() {
        return config;
    }

    StatusRepository repository() {
        return repository;
    }

    static boolean httpUrl(String url) {
        return HtmlSanitiser.urlAllowed(url, java.util.Set.of("http", "https"), false);
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
