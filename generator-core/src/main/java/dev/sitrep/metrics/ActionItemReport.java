package dev.sitrep.metrics;

import java.util.List;
import java.util.Optional;

/**
 * Every action item of the published postmortems, with counts and the completion rate.
 *
 * @param items   by due date, then id
 * @param open    open or in progress and not overdue
 * @param overdue open or in progress after their due date
 * @param within  done within {@code completeWithin} of publication
 * @param decided the rate's denominator: items done, plus pending items whose window has ended; won't-do items and
 *                pending items still inside their window are left out
 * @param target  {@code targetCompletionRate}
 */
public record ActionItemReport(List<ActionItemEntry> items, int open, int overdue, int done, int wontDo, int within,
                               int decided, double target) {

    public ActionItemReport {
        items = List.copyOf(items);
    }

    /** {@code within / decided}; empty when nothing is decided yet. */
    public Optional<Double> completionRate() {
        return decided == 0 ? Optional.empty() : Optional.of((double) within / decided);
    }

    /** Whether the completion rate meets the target; empty when there is no rate yet. */
    public Optional<Boolean> meetsTarget() {
        return completionRate().map(rate -> rate >= target);
    }
}
