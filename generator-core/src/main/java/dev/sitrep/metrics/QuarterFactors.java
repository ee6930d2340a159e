package dev.sitrep.metrics;

import java.util.List;
import java.util.Objects;

/**
 * The incidents of one calendar quarter (site time zone, by detection) whose published postmortem names contributing
 * factors.
 *
 * @param counts    per factor of the taxonomy, in configuration order: the incidents that name it
 * @param incidents the incidents that name any factor of the taxonomy; one that names two counts once here and under
 *                  each of them in {@code counts}
 */
public record QuarterFactors(Quarter quarter, List<Integer> counts, int incidents) {

    public QuarterFactors {
        Objects.requireNonNull(quarter, "quarter");
        counts = List.copyOf(counts);
    }
}
