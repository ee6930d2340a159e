package dev.sitrep.site.html;

import java.util.Objects;

/**
 * One measure (MTTA, MTTR, time to detect) of one severity: count, mean, median, 90th percentile, target, how many
 * met it, and whether all did.
 */
public record StatRow(String measure, String count, String mean, String median, String p90, String target,
                      String withinTarget, Verdict verdict) {

    public StatRow {
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(count, "count");
        Objects.requireNonNull(mean, "mean");
        Objects.requireNonNull(median, "median");
        Objects.requireNonNull(p90, "p90");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(withinTarget, "withinTarget");
        Objects.requireNonNull(verdict, "verdict");
    }
}
