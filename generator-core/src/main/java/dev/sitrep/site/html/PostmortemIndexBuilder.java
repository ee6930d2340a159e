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

    PostmortemIndexPage page() {
        Layout layout = pieces.layout(PATH, "Postmortems",
                "Every published postmortem of " + pieces.config().title() + ", with its contributing factors.");
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
        Formats formats = pieces.formats();
        return new PostmortemIndexPage(layout, Formats.count(rows.size(), "published postmortem"), taxonomy, rows,
                counts, formats.instant(report.last90DaysFrom()), formats.instant(report.last12MonthsFrom()));
    }

    private PostmortemIndexRow row(PublishedPostmortem p, String root) {
        List<ComponentLink> components = p.incident().components().stream().map(AffectedComponent::componentId)
                .distinct().map(id -> pieces.componentLink(id, root)).toList();
        String actionItems = p.actionItems() == 0 ? "–" : p.actionItemsDone() + " of " + p.actionItems();
        return new PostmortemIndexRow(p.incident().title(), root + PagePieces.incidentPath(p.incident().id()),
                pieces.severityBadge(p.incident()), pieces.formats().date(pieces.formats().localDate(p.published())),
                components,
                pieces.factors(p.postmortem()), timeliness(p.deadline()), actionItems);
    }

    /** On time, how late, or that the severity requires no postmortem (so it has no deadline). */
    private static Badge timeliness(Optional<PostmortemDeadline> deadline) {
        if (deadline.isEmpty()) {
            return new Badge("Not required", Tone.NEUTRAL);
        }
        PostmortemDeadline d = deadline.get();
        if (d.timeliness() == PostmortemTimeliness.LATE) {
            return new Badge(d.overrun().map(Formats::duration).orElse("") + " late", Tone.MAJOR);
        }
        return new Badge(PostmortemTimeliness.ON_TIME.label(), Tone.OK);
    }
}
