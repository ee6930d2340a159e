package dev.sitrep.site.html;

import java.util.List;
import java.util.Objects;

/**
 * One quarter of the factor table of the metrics page (the text alternative of its chart): incidents per factor and
 * the incidents with any factor.
 */
public record FactorQuarterRow(String quarter, List<String> counts, String incidents) {

    public FactorQuarterRow {
        Objects.requireNonNull(quarter, "quarter");
        counts = List.copyOf(counts);
        Objects.requireNonNull(incidents, "incidents");
    }
}
