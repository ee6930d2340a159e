package dev.sitrep.site.html;

import dev.sitrep.metrics.FactorCount;
import dev.sitrep.metrics.FactorReport;
import dev.sitrep.metrics.PostmortemDeadline;
import dev.sitrep.metrics.PostmortemTimeliness;
import dev.sitrep.metrics.PublishedPostmortem;
import dev.sitrep.model.AffectedComponent;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Builds the {@link PostmortemIndexPage}, {@code postmortems/index.html}: every published postmortem, newest first by
 * publication, with its incident, severity, components, factors, timeliness and action items, and the count of
 * postmortems per factor when a taxonomy is declared. The figures come from the metrics
 * ({@link dev.sitrep.metrics.SiteMetrics#published()}, {@link dev.sitrep.metrics.SiteMetrics#factors()}).
 */
final class PostmortemIndexBuilder {

    static final String PATH = "postmortems/index.html";

    private final PagePieces pieces;

    PostmortemIndexBuilder(PagePieces pieces) {
        this.pieces = pieces;
    }

    /**
     * Everything the page is made from besides the site's frame and configuration: the incidents that have a
     * postmortem, as {@code sources} names them, and the clock (the windows of the factor counts end at it).
     */
    Object inputs(Sources sources) {
        return List.of(pieces.newestFirst().stream().filter(i -> i.postmortem().isPresent()).map(sources::of)
                .toList(), pieces.now().toString());
    }

    PostmortemIndexPage page() {
        Formats formats = pieces.formats();
        Layout layout = pieces.layout(PATH, formats.text("postmortems.heading"),
                formats.text("postmortems.description", pieces.config().title()));
        boolean taxonomy = pieces.config().postmortem().hasTaxonomy();
        List<PostmortemIndexRow> rows = new ArrayList<>();
        for (PublishedPostmortem p : pieces.metrics().published()) {
            rows.add(row(p, layout.root()));
        }
        FactorReport report = pieces.metrics().factors();
        List<FactorCountRow> counts = new ArrayList<>();
        for (FactorCount c : report.counts()) {
            counts.add(new FactorCountRow(PagePieces.factor(c.factor()), Integer.toString(c.last90Days()),
                    Integer.toString(c.last12Months()), Integer.toString(c.allTime())));
        }
        return new PostmortemIndexPage(layout, formats.count(rows.size(), "postmortems.total"), taxonomy, rows,
                counts, formats.instant(report.last90DaysFrom()), formats.instant(report.last12MonthsFrom()));
    }

    private PostmortemIndexRow row(PublishedPostmortem p, String root) {
        List<ComponentLink> components = p.incident().components().stream().map(AffectedComponent::componentId)
                .distinct().map(id -> pieces.componentLink(id, root)).toList();
        String actionItems = p.actionItems() == 0 ? "–" : pieces.formats().text("postmortems.actionItemsDone.of",
                Integer.toString(p.actionItemsDone()), Integer.toString(p.actionItems()));
        return new PostmortemIndexRow(p.incident().title(), root + PagePieces.incidentPath(p.incident().id()),
                pieces.severityBadge(p.incident()), pieces.formats().date(pieces.formats().localDate(p.published())),
                components,
                pieces.factors(p.postmortem()), timeliness(p.deadline()), actionItems);
    }

    /** On time, how late, or that the severity requires no postmortem (so it has no deadline). */
    private Badge timeliness(Optional<PostmortemDeadline> deadline) {
        Formats formats = pieces.formats();
        if (deadline.isEmpty()) {
            return new Badge(formats.text("postmortems.notRequired"), Tone.NEUTRAL);
        }
        PostmortemDeadline d = deadline.get();
        if (d.timeliness() == PostmortemTimeliness.LATE) {
            return new Badge(formats.text("postmortems.late", d.overrun().map(formats::duration).orElse("")),
                    Tone.MAJOR);
        }
        return new Badge(formats.text("postmortem.timeliness.on-time"), Tone.OK);
    }
}
