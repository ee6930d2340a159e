package dev.sitrep.site.html;

import java.util.Objects;

/** How many published postmortems name one factor, over the last 90 days, the last 12 months and all time. */
public record FactorCountRow(FactorView factor, String last90Days, String last12Months, String allTime) {

    public FactorCountRow {
        Objects.requireNonNull(factor, "factor");
        Objects.requireNonNull(last90Days, "last90Days");
        Objects.requireNonNull(last12Months, "last12Months");
        Objects.requireNonNull(allTime, "allTime");
    }
}
