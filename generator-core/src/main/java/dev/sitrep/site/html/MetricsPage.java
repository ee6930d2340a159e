package dev.sitrep.site.html;

import java.util.List;
import java.util.Objects;

/**
 * The metrics page, {@code metrics/index.html}: response times per severity, postmortem and action-item figures, and
 * monthly trend charts.
 */
public record MetricsPage(Layout layout, List<SeverityRow> severities, List<Figure> postmortems,
                          List<PostmortemRow> latePostmortems, List<Figure> actionItems, Chart incidentsChart,
                          Chart mttrChart, List<TrendRow> trends, List<String> trendHeaders) {

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
    }
}
