package dev.sitrep.maven;

import dev.sitrep.finding.Finding;
import dev.sitrep.finding.Level;
import dev.sitrep.finding.Rule;
import dev.sitrep.model.Location;
import dev.sitrep.finding.FindingCounts;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class VerdictTest {

    private static final Finding DATA_ERROR = new Finding(Level.ERROR, Rule.MISSING_KEY, Location.startOf("a.yaml"), "m");
    private static final Finding POLICY_ERROR = new Finding(Level.ERROR, Rule.POSTMORTEM_OVERDUE, Location.startOf("b.yaml"), "m");
    private static final Finding WARNING = new Finding(Level.WARNING, Rule.UPDATE_CADENCE, Location.startOf("c.yaml"), "m");

    private static FindingCounts result(Finding... findings) {
        return () -> List.of(findings);
    }

    @Test
    void checkFailsOnAnyError() {
        assertEquals(Optional.of("sitrep check failed: 1 error and 1 warning; fix the findings listed above"),
                Verdict.check(result(POLICY_ERROR, WARNING), false));
        assertEquals(Optional.of("sitrep check failed: 2 errors; fix the findings listed above"),
                Verdict.check(result(DATA_ERROR, POLICY_ERROR), false));
    }

    @Test
    void checkPassesWithWarningsUnlessTheyAreToFail() {
        assertEquals(Optional.empty(), Verdict.check(result(), false));
        assertEquals(Optional.empty(), Verdict.check(result(WARNING), false));
        assertEquals(Optional.of("sitrep check failed: 1 warning, and sitrep.failOnWarning is true; fix the findings listed above"),
                Verdict.check(result(WARNING), true));
    }

    @Test
    void generateFailsOnlyOnDataErrors() {
        assertEquals(Optional.empty(), Verdict.generate(result(POLICY_ERROR, WARNING), false));
        assertEquals(Optional.of("sitrep generate failed: 1 data error in the incident files, so no site was written; "
                + "fix the findings listed above"), Verdict.generate(result(DATA_ERROR, POLICY_ERROR), false));
    }

    @Test
    void generateWithFailOnWarningFailsOnAnyFinding() {
        assertEquals(Optional.of("sitrep generate failed: 1 error, and sitrep.failOnWarning is true; fix the findings listed above"),
                Verdict.generate(result(POLICY_ERROR), true));
        assertEquals(Optional.empty(), Verdict.generate(result(), true));
    }
}
