package dev.sitrep.check;

import dev.sitrep.finding.Findings;
import dev.sitrep.parse.ReadResult;

import java.time.Instant;
import java.util.List;

/** The check stage: every {@link Check}, in a fixed order. */
public final class Checks {

    private static final List<Check> ALL = List.of(
            new ReferenceCheck(),
            new IdCheck(),
            new ChronologyCheck(),
            new ResolutionCheck(),
            new SectionCheck(),
            new PostmortemDeadlineCheck(),
            new ResponseTargetCheck(),
            new UpdateCadenceCheck(),
            new ActionItemDueCheck(),
            new FutureTimeCheck());

    private Checks() {
    }

    /** Runs every check over {@code input}. */
    public static void run(ReadResult input, Instant now, Findings out) {
        for (Check check : ALL) {
            check.run(input, now, out);
        }
    }
}
