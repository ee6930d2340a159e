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
        Layout layout = pieces.layout(PATH, formats.text("metrics.heading"),
                formats.text("metrics.description", config.title()));
        List<SeverityRow> severities = new ArrayList<>();
        for (SeverityResponse r : metrics.responses()) {
            severities.add(new SeverityRow(pieces.severityBadge(r.severity()),
                    formats.count(r.resolved(), "metrics.resolved"), List.of(
                    stat(formats, formats.text("metrics.mtta"), r.timeToAcknowledge()),
                    stat(formats, formats.text("metrics.mttr"), r.timeToResolve()),
                    stat(formats, formats.text("metrics.ttd"), r.timeToDetect()))));
        }

        PostmortemReport pm = metrics.postmortems();
        int decided = pm.onTime() + pm.late() + pm.overdue();
        String dueWithin = formats.duration(config.postmortem().dueWithin());
        List<Figure> postmortems = List.of(
                PagePieces.figure(formats.text("metrics.postmortems.onTime"),
                        formats.text("metrics.postmortems.onTime.formula", dueWithin, Integer.toString(pm.onTime()),
                                Integer.toString(decided)),
                        pm.onTimeRate().map(formats::percent).orElse("–")),
                PagePieces.figure(formats.text("metrics.postmortems.late"),
                        formats.text("metrics.postmortems.late.formula"), Integer.toString(pm.late())),
                PagePieces.figure(formats.text("metrics.postmortems.overdue"),
                        formats.text("metrics.postmortems.overdue.formula"), Integer.toString(pm.overdue())),
                PagePieces.figure(formats.text("metrics.postmortems.pending"),
                        formats.text("metrics.postmortems.pending.formula", dueWithin),
                        Integer.toString(pm.pending())));
        List<PostmortemRow> late = new ArrayList<>();
        for (PostmortemDeadline d : pm.deadlines()) {
            if (d.timeliness() == PostmortemTimeliness.LATE || d.timeliness() == PostmortemTimeliness.OVERDUE) {
                boolean overdue = d.timeliness() == PostmortemTimeliness.OVERDUE;
                late.add(new PostmortemRow(d.incident().title(),
                        layout.root() + PagePieces.incidentPath(d.incident().id()),
                        new Badge(formats.text("postmortem.timeliness." + d.timeliness().id()),
                                overdue ? Tone.CRITICAL : Tone.MAJOR),
                        formats.instant(d.due()), d.overrun().map(formats::duration).orElse("")));
            }
        }

        Charts charts = new Charts(formats, pieces::severityName);
        List<Severity> configured = config.severities();
        List<TrendRow> trends = new ArrayList<>();
        for (int i = metrics.trends().size() - 1; i >= 0; i--) {
            MonthlyTrend t = metrics.trends().get(i);
            trends.add(new TrendRow(formats.month(t.month()),
                    t.counts().stream().map(c -> Integer.toString(c.count())).toList(), Integer.toString(t.total()),
                    formats.duration(t.mttr())));
        }
        List<String> headers = configured.stream().map(Severity::id).toList();

        FactorReport factors = metrics.factors();
        List<Factor> taxonomy = config.postmortem().factors();
        List<FactorQuarterRow> quarters = new ArrayList<>();
        for (int i = factors.quarters().size() - 1; i >= 0; i--) {
            QuarterFactors q = factors.quarters().get(i);
            quarters.add(new FactorQuarterRow(formats.quarter(q.quarter()),
                    q.counts().stream().map(c -> Integer.toString(c)).toList(), Integer.toString(q.incidents())));
        }
        List<RepeatRow> repeats = new ArrayList<>();
        for (Repeat r : factors.repeats()) {
            repeats.add(new RepeatRow(pieces.incidentLink(r.incident(), layout.root()),
                    pieces.incidentLink(r.earlier(), layout.root()), pieces.factor(r.factorId()),
                    pieces.componentLink(r.componentId(), layout.root()),
                    r.acknowledged() ? new Badge(formats.text("metrics.repeats.acknowledged"), Tone.OK)
                            : new Badge(formats.text("metrics.repeats.notAcknowledged"), Tone.MINOR)));
        }
        return new MetricsPage(layout, severities, postmortems, late, pieces.actionItemFigures(),
                charts.incidentsPerMonth(metrics.trends(), configured), charts.mttrPerMonth(metrics.trends()),
                trends, headers, config.postmortem().hasTaxonomy(),
                charts.factorsPerQuarter(factors.quarters(), taxonomy),
                taxonomy.stream().map(Factor::name).toList(), quarters,
                formats.duration(config.postmortem().repeatWithin()), repeats);
    }

    /** One measure of one severity; met when every measured incident was within the target. */
    private static StatRow stat(Formats formats, String measure, DurationStats d) {
        boolean judged = d.target().isPresent() && d.count() > 0;
        String within = judged
                ? formats.text("metrics.withinTarget.of", Integer.toString(d.withinTarget()),
                        Integer.toString(d.count()), formats.percent(d.withinTargetRate().orElse(0.0)))
                : "";
        Verdict verdict = judged ? Verdict.of(d.withinTarget() == d.count()) : Verdict.NONE;
        return new StatRow(measure, Integer.toString(d.count()), formats.duration(d.mean()),
                formats.duration(d.median()), formats.duration(d.p90()),
                d.target().map(t -> formats.text("figures.atMost", formats.duration(t))).orElse(""), within, verdict);
    }
}
