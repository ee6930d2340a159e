package dev.sitrep.site.html;

import dev.sitrep.metrics.DurationStats;
import dev.sitrep.metrics.FactorReport;
import dev.sitrep.metrics.MonthlyTrend;
import dev.sitrep.metrics.PostmortemDeadline;
import dev.sitrep.metrics.PostmortemReport;
import dev.sitrep.metrics.PostmortemTimeliness;
import dev.sitrep.metrics.QuarterFactors;
import dev.sitrep.metrics.SeverityResponse;
import dev.sitrep.metrics.SiteMetrics;
import dev.sitrep.model.Factor;
import dev.sitrep.model.Repeat;
import dev.sitrep.model.Severity;
import dev.sitrep.model.SiteConfig;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds the {@link MetricsPage}, {@code metrics/index.html}: response times per severity against their targets,
 * postmortem and action-item figures, the monthly trends as charts and a table, and, when a taxonomy is declared, the
 * incidents per factor by quarter (a chart and a table) and the repeat incidents.
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

        FactorReport factors = metrics.factors();
        List<Factor> taxonomy = config.postmortem().factors();
        List<FactorQuarterRow> quarters = new ArrayList<>();
        for (int i = factors.quarters().size() - 1; i >= 0; i--) {
            QuarterFactors q = factors.quarters().get(i);
            quarters.add(new FactorQuarterRow(Formats.quarter(q.quarter()),
                    q.counts().stream().map(c -> Integer.toString(c)).toList(), Integer.toString(q.incidents())));
        }
        List<RepeatRow> repeats = new ArrayList<>();
        for (Repeat r : factors.repeats()) {
            repeats.add(new RepeatRow(pieces.incidentLink(r.incident(), layout.root()),
                    pieces.incidentLink(r.earlier(), layout.root()), pieces.factor(r.factorId()),
                    pieces.componentLink(r.componentId(), layout.root()),
                    r.acknowledged() ? new Badge("Acknowledged", Tone.OK)
                            : new Badge("Not acknowledged", Tone.MINOR)));
        }
        return new MetricsPage(layout, severities, postmortems, late, pieces.actionItemFigures(),
                charts.incidentsPerMonth(metrics.trends(), configured), charts.mttrPerMonth(metrics.trends()),
                trends, headers, config.postmortem().hasTaxonomy(),
                charts.factorsPerQuarter(factors.quarters(), taxonomy),
                taxonomy.stream().map(Factor::name).toList(), quarters,
                Formats.duration(config.postmortem().repeatWithin()), repeats);
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
