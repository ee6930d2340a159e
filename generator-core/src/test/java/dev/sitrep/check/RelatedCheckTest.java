package dev.sitrep.check;

import dev.sitrep.Fixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static dev.sitrep.Fixture.INCIDENT;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** An incident's {@code related}: ids of incidents of the repository, never its own; with or without a taxonomy. */
class RelatedCheckTest {

    private static final String EARLIER = "2026/2026-10-01-checkout-errors/incident.yaml";
    private static final String LATER = "2026/2026-11-03-checkout-timeouts/incident.yaml";

    @TempDir
    Path dir;

    /** The later incident with {@code related} written after its components (line 5). */
    private Fixture.Repo repo(String related) {
        return Fixture.repo(dir)
                .write(EARLIER, INCIDENT.replace("2026-11-03", "2026-10-01").replace("severity: P1", "severity: P3"))
                .write(LATER, INCIDENT.replace("detected:", related + "\ndetected:"));
    }

    @Test
    void anEarlierIncidentOfTheRepositoryGivesNoFinding() {
        assertEquals(List.of(), repo("related: [2026-10-01-checkout-errors]").check());
    }

    @Test
    void anUnknownIdWithACloseMatchSuggestsIt() {
        assertEquals(List.of(LATER + ":5:11: error: unknown incident '2026-10-01-checkout-error' in 'related'; did "
                        + "you mean '2026-10-01-checkout-errors'?"),
                repo("related: [2026-10-01-checkout-error]").check());
    }

    @Test
    void anUnknownIdWithoutACloseMatchSaysWhatToWrite() {
        assertEquals(List.of(LATER + ":7:5: error: unknown incident 'payments-outage' in 'related'; use the folder "
                        + "name of an incident of this repository"),
                repo("related:\n  - 2026-10-01-checkout-errors\n  - payments-outage").check());
    }

    @Test
    void anIncidentCannotBeRelatedToItself() {
        assertEquals(List.of(LATER + ":5:39: error: an incident cannot be related to itself; 'related' lists earlier "
                        + "incidents this one repeats or follows"),
                repo("related: [2026-10-01-checkout-errors, 2026-11-03-checkout-timeouts]").check());
    }

    @Test
    void itsOwnIdIsNeverTheSuggestion() {
        assertEquals(List.of(LATER + ":5:11: error: unknown incident '2026-11-03-checkout-timeout' in 'related'; use "
                        + "the folder name of an incident of this repository"),
                repo("related: [2026-11-03-checkout-timeout]").check());
    }

    @Test
    void relatedMustBeAList() {
        assertEquals(List.of(LATER + ":5:10: error: 'related' must be a list, e.g. [a, b], not '2026-10-01-checkout-errors'"),
                repo("related: 2026-10-01-checkout-errors").check());
    }
}
