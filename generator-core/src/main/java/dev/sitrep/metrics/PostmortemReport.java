package dev.sitrep.metrics;

import java.util.List;
import java.util.Optional;

/**
 * The required postmortems (of resolved incidents whose severity requires one) and how many are on time, late,
 * overdue and not due yet.
 *
 * @param deadlines by due time, then incident id
 */
public record PostmortemReport(List<PostmortemDeadline> deadlines, int onTime, int late, int overdue, int pending) {

    public PostmortemReport {
        deadlines = List.copyOf(deadlines);
    }

    /**
     * The share published on time among those that are decided: {@code onTime / (onTime + late + overdue)}. A
     * postmortem that is not published and not due yet does not count either way. Empty when none is decided.
     */
    public Optional<Double> onTimeRate() {
        int decided = onTime + late + overdue;
        return decided == 0 ? Optional.empty() : Optional.of((double) onTime / decided);
    }
}
