package dev.sitrep.site.html;

import dev.sitrep.metrics.DurationStats;
import dev.sitrep.metrics.MonthlyTrend;
import dev.sitrep.metrics.PostmortemDeadline;
import dev.sitrep.metrics.PostmortemReport;
import dev.sitrep.metrics.PostmortemTimeliness;
import dev.sitrep.metrics.SeverityResponse;
import dev.sitrep.metrics.SiteMetrics;
import dev.sitrep.model.Severity;
import dev.sitrep.model.SiteConfig;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds the {@link MetricsPage}, {@code metrics/index.html}: response times per severity against their targets,
 * postmortem and action-item figures, and the monthly trends as charts and a table.
 */
final class MetricsPageBuilder {

    static final String PATH = "metrics/index.html";

    private final PagePieces pieces;

    MetricsPageBuilder(PagePieces pieces) {
        this.pieces = pieces;
    }

    MetricsPage page() {
        SiteConfig config = pieces.config();
        SiteMetrics metrics = pieces.metrics();
        Formats formats = pieces.formats();
        Layout layout = pieces.layout(PATH, "Metrics",
                "Response times, postmortems and action items of " + config.title() + ", with their targets.");
        List<SeverityRow> severities = new ArrayList<>();
        for (SeverityResponse r : metrics.responses()) {
            severities.add(new SeverityRow(PagePieces.severityBadge(r.severity()),
                    Formats.count(r.resolved(), "resolved incident"), List.of(
                    stat("MTTA", r.timeToAcknowledge()),
                    stat("MTTR", r.timeToResolve()),
                    stat("Time to detect", r.timeToDetect()))));
        }

        PostmortemReport pm = metrics.postmortems();
        int decided = pm.onTime() + pm.late() + pm.overdue();
        String dueWithin = Formats.duration(config.postmortem().dueWithin());
        List<Figure> postmortems = List.of(
                PagePieces.figure("Published on time", "published by resolved + " + dueWithin
                        + ", over required postmortems that are due: " + pm.onTime() + " of " + decided,
                        pm.onTimeRate().map(Formats::percent).orElse("–")),
                PagePieces.figure("Late", "published after they were due", Integer.toString(pm.late())),
                PagePieces.figure("Overdue", "due and not published", Integer.toString(pm.overdue())),
                PagePieces.figure("Not due yet", "required, not published, still within " + dueWithin,
                        Integer.toString(pm.pending())));
        List<PostmortemRow> late = new ArrayList<>();
        for (PostmortemDeadline d : pm.deadlines()) {
            if (d.timeliness() == PostmortemTimeliness.LATE || d.timeliness() == PostmortemTimeliness.OVERDUE) {
                boolean overdue = d.timeliness() == PostmortemTimeliness.OVERDUE;
                late.add(new PostmortemRow(d.incident().title(),
                        layout.root() + PagePieces.incidentPath(d.incident().id()),
                        new Badge(d.timeliness().label(), overdue ? Tone.CRITICAL : Tone.MAJOR),
                        formats.instant(d.due()), d.overrun().map(Formats::duration).orElse("")));
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
        return new MetricsPage(layout, severities, postmortems, late, pieces.actionItemFigures(),
                charts.incidentsPerMonth(metrics.trends(), configured), charts.mttrPerMonth(metrics.trends()),
                trends, headers);
    }

    /** One measure of one severity; met when every measured incident was within the target. */
    private static StatRow stat(String measure, DurationStats d) {
        boolean judged = d.target().isPresent() && d.count() > 0;
        String within = judged
                ? d.withinTarget() + " of " + d.count() + " (" + Formats.percent(d.withinTargetRate().orElse(0.0)) + ")"
                : "";
        Verdict verdict = judged ? Verdict.of(d.withinTarget() == d.count()) : Verdict.NONE;
        return new StatRow(measure, Integer.toString(d.count()), Formats.duration(d.mean()), Formats.duration(d.median()),
                Formats.duration(d.p90()), d.target().map(t -> "≤ " + Formats.duration(t)).orElse(""), within, verdict);
    }
}
