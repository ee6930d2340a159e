package dev.sitrep.check;

import dev.sitrep.finding.Findings;
import dev.sitrep.model.ReadResult;

import java.time.Instant;
import java.util.List;

/**
 * The check stage: every {@link Check}, in a fixed order. The checks are stateless and work on what the parse stage
 * could read; a file that could not be read is already reported and is not checked further.
 *
 * <p>Data rules (errors, except missing sections of a draft): {@link ReferenceCheck}, {@link IdCheck},
 * {@link ChronologyCheck}, {@link ResolutionCheck}, {@link SectionCheck}. Policy rules, measured against
 * {@code now} and the severity's targets (an incident of an unknown severity has no targets):
 * {@link PostmortemDeadlineCheck} (overdue is an error, late a warning), {@link ResponseTargetCheck},
 * {@link UpdateCadenceCheck}, {@link ActionItemDueCheck}, {@link FutureTimeCheck} (warnings).
 */
public final class Checks {

    private static final List<Check> ALL = List.of(
            new ReferenceCheck(),
            new FactorCheck(),
            new RelatedCheck(),
            new IdCheck(),
            new ChronologyCheck(),
            new ResolutionCheck(),
            new SectionCheck(),
            new PostmortemDeadlineCheck(),
            new ResponseTargetCheck(),
            new UpdateCadenceCheck(),
            new ActionItemDueCheck(),
            new FutureTimeCheck(),
            new RepeatIncidentCheck());

    private Checks() {
    }

    /**
     * Runs every check over {@code input}, on all cores: the checks share nothing but {@code out}, which is safe for
     * concurrent use, and findings are sorted before anyone reads them.
     */
    public static void run(ReadResult input, Instant now, Findings out) {
        ALL.parallelStream().forEach(check -> check.run(input, now, out));
    }
}
