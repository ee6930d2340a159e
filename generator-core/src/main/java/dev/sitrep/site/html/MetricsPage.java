package dev.sitrep.site.html;

import java.util.List;
import java.util.Objects;

/**
 * The metrics page, {@code metrics/index.html}: response times per severity, postmortem and action-item figures,
 * monthly trend charts, and, when {@code taxonomy} (a contributing-factor taxonomy is declared), incidents per factor
 * by quarter and the repeat incidents.
 */
public record MetricsPage(Layout layout, List<SeverityRow> severities, List<Figure> postmortems,
                          List<PostmortemRow> latePostmortems, List<Figure> actionItems, Chart incidentsChart,
                          Chart mttrChart, List<TrendRow> trends, List<String> trendHeaders, boolean taxonomy,
                          Chart factorChart, List<String> factorHeaders, List<FactorQuarterRow> factorQuarters,
                          String repeatWithin, List<RepeatRow> repeats) {

    public MetricsPage {
        Objects.requireNonNull(layout, "layout");
        severities = List.copyOf(severities);
        postmortems = List.copyOf(postmortems);
        latePostmortems = List.copyOf(latePostmortems);
        actionItems = List.copyOf(actionItems);
        Objects.requireNonNull(incidentsChart, "incidentsChart");
        Objects.requireNonNull(mttrChart, "mttrChart");
        trends = List.copyOf(trends);
        trendHeaders = List.copyOf(trendHeaders);
        Objects.requireNonNull(factorChart, "factorChart");
        factorHeaders = List.copyOf(factorHeaders);
        factorQuarters = List.copyOf(factorQuarters);
        Objects.requireNonNull(repeatWithin, "repeatWithin");
        repeats = List.copyOf(repeats);
    }
}
