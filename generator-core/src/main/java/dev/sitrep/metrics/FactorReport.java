package dev.sitrep.metrics;

import dev.sitrep.model.Repeat;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The contributing factors across published postmortems: counts per factor over three windows, incidents per factor
 * per quarter, and the repeat incidents. Everything is empty when no taxonomy is declared.
 *
 * @param last90DaysFrom   {@code now} − 90 days: the start of the short window
 * @param last12MonthsFrom {@code now} − 12 months (site time zone): the start of the long window
 * @param counts           one per factor of the taxonomy, in configuration order
 * @param quarters         oldest first, every quarter from the first incident with factors to {@code now}'s
 * @param repeats          newest first: by the later incident's detection, then the earlier one's, descending
 */
public record FactorReport(Instant last90DaysFrom, Instant last12MonthsFrom, List<FactorCount> counts,
                           List<QuarterFactors> quarters, List<Repeat> repeats) {

    public FactorReport {
        Objects.requireNonNull(last90DaysFrom, "last90DaysFrom");
        Objects.requireNonNull(last12MonthsFrom, "last12MonthsFrom");
        counts = List.copyOf(counts);
        quarters = List.copyOf(quarters);
        repeats = List.copyOf(repeats);
    }
}
