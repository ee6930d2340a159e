package dev.sitrep.site.html;

import java.util.List;
import java.util.Objects;

/** One month of the trend table (the text alternative of the charts): incidents per severity, total and MTTR. */
public record TrendRow(Stamp month, List<String> counts, String total, String mttr) {

    public TrendRow {
        Objects.requireNonNull(month, "month");
        counts = List.copyOf(counts);
        Objects.requireNonNull(total, "total");
        Objects.requireNonNull(mttr, "mttr");
    }
}
