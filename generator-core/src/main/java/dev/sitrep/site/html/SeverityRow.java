package dev.sitrep.site.html;

import java.util.List;
import java.util.Objects;

/** The response times of one severity on the metrics page. */
public record SeverityRow(Badge severity, String resolved, List<StatRow> stats) {

    public SeverityRow {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(resolved, "resolved");
        stats = List.copyOf(stats);
    }
}
