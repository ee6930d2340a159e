package dev.sitrep.site.html;

import dev.sitrep.metrics.PostmortemDeadline;
import dev.sitrep.metrics.PostmortemTimeliness;
import dev.sitrep.model.Incident;
import dev.sitrep.model.Postmortem;
import dev.sitrep.model.Severity;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds the {@link IncidentPage} of one incident, {@code incidents/<id>/index.html}: its badges, times, durations
 * against the severity's targets, updates, its postmortem (rendered from Markdown when published, with its factors) or
 * a notice about it, and the related incidents in both directions. Which incidents list each one is indexed once, in
 * the constructor; safe for concurrent use.
 */
final class IncidentPageBuilder {

    /** From an incident page, the site root is two folders up. */
    private static final String ROOT = "../../";

    private final PagePieces pieces;
    private final Formats formats;
    private final MarkdownRenderer markdown;
    /** By incident id: the incidents whose {@code related} names it, newest first. */
    private final Map<String, List<Incident>> listedBy = new HashMap<>();

    IncidentPageBuilder(PagePieces pieces, MarkdownRenderer markdown) {
        this.pieces = pieces;
        this.formats = pieces.formats();
        this.markdown = markdown;
        for (Incident incident : pieces.newestFirst()) {
            for (String id : incident.related().stream().distinct().toList()) {
                if (!id.equals(incident.id())) {
                    listedBy.computeIfAbsent(id, k -> new ArrayList<>()).add(incident);
                }
            }
        }
    }

    /**
     * Everything the page of {@code incident} is made from besides the site's frame and configuration: the incident
     * as read (with its postmortem), the incidents it links to and that link to it (the page shows their titles and
     * dates), and what the clock makes of it: whether its postmortem is not due yet, late or overdue, and which action
     * items are overdue (each changes once, when a deadline passes). Two runs with equal inputs, frame and
     * configuration build equal pages, so the key of these inputs can stand for the page without building it
     * ({@code PageInputsTest} holds that against the clock).
     */
    Object inputs(Incident incident) {
        return inputs(incident, Sources.records(pieces.repository()));
    }

    /**
     * {@link #inputs(Incident)}, with each incident named as {@code sources} names it: the incident itself, or the
     * keys of its files in the build cache, which are far cheaper to hash.
     */
    Object inputs(Incident incident, Sources sources) {
        Optional<PostmortemDeadline> deadline = pieces.deadline(incident);
        List<Boolean> overdueItems = incident.postmortem().map(p -> p.actionItems().stream()
                .map(pieces::actionItemOverdue).toList()).orElse(List.of());
        Object clock = List.of(deadline.map(d -> d.timeliness().name()).orElse(""),
                deadline.map(d -> d.due().toString()).orElse(""), overdueItems);
        // the ids it lists are in its own file; the page shows what the files of those incidents say
        List<Object> related = new ArrayList<>();
        for (String id : incident.related()) {
            related.add(pieces.incident(id).map(sources::of).orElse(""));
        }
        List<Object> listing = listedBy.getOrDefault(incident.id(), List.of()).stream().map(sources::of).toList();
        return List.of(sources.of(incident), related, listing, clock);
    }

    static String path(Incident incident) {
        return PagePieces.incidentPath(incident.id());
    }

    IncidentPage page(Incident incident) {
        Layout layout = pieces.layout(path(incident), incident.title(),
                formats.text("incident.description", incident.title()), false);
        Optional<Severity> severity = pieces.severity(incident);

        List<TimeRow> times = List.of(
                new TimeRow(formats.text("incident.time.started"), formats.instant(incident.started())),
                new TimeRow(formats.text("incident.time.detected"), formats.instant(incident.detected())),
                new TimeRow(formats.text("incident.time.acknowledged"), formats.instant(incident.acknowledged())),
                new TimeRow(formats.text("incident.time.mitigated"), formats.instant(incident.mitigated())),
                new TimeRow(formats.text("incident.time.resolved"), formats.instant(incident.resolvedAt())));

        List<Figure> figures = List.of(
                pieces.figure(formats.text("figure.timeToDetect"), formats.text("figure.timeToDetect.formula"),
                        incident.started().map(s -> Duration.between(s, incident.detected())), Optional.empty()),
                pieces.figure(formats.text("figure.timeToAcknowledge"),
                        formats.text("figure.timeToAcknowledge.formula"),
                        incident.acknowledged().map(a -> Duration.between(incident.detected(), a)),
                        severity.flatMap(Severity::acknowledgeWithin)),
                pieces.figure(formats.text("figure.timeToMitigate"), formats.text("figure.timeToMitigate.formula"),
                        incident.mitigated().map(m -> Duration.between(incident.detected(), m)), Optional.empty()),
                pieces.figure(formats.text("figure.timeToResolve"), formats.text("figure.timeToResolve.formula"),
                        incident.resolvedAt().map(r -> Duration.between(incident.detected(), r)),
                        severity.flatMap(Severity::resolveWithin)),
                pieces.figure(formats.text("figure.impact"), formats.text("figure.impact.formula"),
                        incident.resolvedAt().map(r -> Duration.between(incident.impactStart(), r)), Optional.empty()));

        return new IncidentPage(layout, incident.id(), incident.title(), pieces.severityBadge(incident),
                pieces.statusBadge(incident), pieces.impactBadge(incident), incident.commander().orElse(""),
                pieces.componentImpacts(incident, layout.root()), times, figures, pieces.updates(incident),
                postmortem(incident), related(incident), listedBy.getOrDefault(incident.id(), List.of()).stream()
                        .map(i -> pieces.incidentLink(i, ROOT)).toList());
    }

    /**
     * The incidents this one lists in {@code related}, newest first; an id that is not an incident of the repository
     * (a data error) last, as written.
     */
    private List<IncidentLink> related(Incident incident) {
        List<String> ids = incident.related().stream().distinct().filter(id -> !id.equals(incident.id())).toList();
        List<Incident> known = ids.stream().flatMap(id -> pieces.incident(id).stream())
                .sorted(PagePieces.NEWEST_FIRST).toList();
        List<IncidentLink> out = new ArrayList<>();
        known.forEach(i -> out.add(pieces.incidentLink(i, ROOT)));
        ids.stream().filter(id -> pieces.incident(id).isEmpty()).forEach(id -> out.add(pieces.incidentLink(id, ROOT)));
        return out;
    }

    /** The published postmortem, or what the page says about one that is not published. */
    PostmortemView postmortem(Incident incident) {
        Optional<PostmortemDeadline> deadline = pieces.deadline(incident);
        String due = deadline.map(d -> formats.instant(d.due()).display()).orElse("");
        Optional<Postmortem> pm = incident.postmortem();
        if (PagePieces.published(incident)) {
            Postmortem p = pm.orElseThrow();
            String lateness = deadline.filter(d -> d.timeliness() == PostmortemTimeliness.LATE)
                    .flatMap(PostmortemDeadline::overrun)
                    .map(late -> formats.text("postmortem.late", formats.duration(late), due))
                    .orElse("");
            return new PostmortemView(true, true, false, "", markdown.render(p.body()), String.join(", ", p.authors()),
                    formats.instant(p.published()), lateness, pieces.factors(p),
                    p.actionItems().stream().map(a -> pieces.actionItem(a, incident, ROOT)).toList());
        }
        if (pieces.overdue(incident)) {
            return PostmortemView.notice(true, pm.isPresent()
                    ? formats.text("postmortem.overdue.draft", due)
                    : formats.text("postmortem.overdue", due));
        }
        if (pm.isPresent()) {
            return PostmortemView.notice(false, due.isEmpty() ? formats.text("postmortem.draft")
                    : formats.text("postmortem.draft.due", due));
        }
        if (deadline.isPresent()) {
            return PostmortemView.notice(false, formats.text("postmortem.pending", due));
        }
        return PostmortemView.NONE;
    }
}
