package dev.sitrep.check;

import dev.sitrep.finding.Findings;
import dev.sitrep.model.ReadResult;

import java.time.Instant;

/** One rule, or a family of closely related rules, over everything that was read. */
public interface Check {

    /**
     * Reports what is wrong in {@code input} to {@code out}. A check that needs the configuration does nothing
     * when it is absent (its absence is already reported).
     *
     * @param now the clock: {@code sitrep.now}
     */
    void run(ReadResult input, Instant now, Findings out);
}
