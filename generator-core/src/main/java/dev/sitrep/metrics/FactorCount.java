package dev.sitrep.metrics;

import dev.sitrep.model.Factor;

import java.util.Objects;

/**
 * How many published postmortems name one contributing factor, by when their incident was detected.
 *
 * @param last90Days   incidents detected at or after {@link FactorReport#last90DaysFrom()}
 * @param last12Months incidents detected at or after {@link FactorReport#last12MonthsFrom()}
 * @param allTime      every published postmortem that names it
 */
public record FactorCount(Factor factor, int last90Days, int last12Months, int allTime) {

    public FactorCount {
        Objects.requireNonNull(factor, "factor");
    }
}
