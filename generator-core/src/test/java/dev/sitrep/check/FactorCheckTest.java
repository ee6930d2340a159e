package dev.sitrep.check;

import dev.sitrep.Fixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static dev.sitrep.Fixture.INCIDENT;
import static dev.sitrep.Fixture.SECTIONS;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The contributing factors of postmortems: declared ids only, and at least one on a published postmortem, but only
 * once {@code sitrep.yaml} declares a taxonomy. The incident was resolved 2026-11-03T15:40Z; its postmortem is
 * published before {@link Fixture#NOW}, so no other rule fires.
 */
class FactorCheckTest {

    /** {@link Fixture#CONFIG} with a taxonomy of three factors. */
    static final String TAXONOMY = Fixture.CONFIG + """
            postmortem:
              factors:
                - {id: deployment, name: Deployment, description: A change rolled out to production}
                - {id: config-change, name: Configuration change}
                - {id: capacity, name: Capacity}
            """;

    private static final String KNOWN = " (known: deployment, config-change, capacity)";

    @TempDir
    Path dir;

    /** A postmortem front matter with {@code status} and the lines of {@code more}, then every required section. */
    static String postmortem(String status, String more) {
        return "---\nauthors: [Dana Ito]\nstatus: " + status + "\n"
                + (status.equals("published") ? "published: 2026-11-03T15:50:00Z\n" : "") + more + "---\n" + SECTIONS;
    }

    private Fixture.Repo repo(String config, String postmortem) {
        return Fixture.repo(dir).write("sitrep.yaml", config).write("2026/a/incident.yaml", INCIDENT)
                .write("2026/a/postmortem.md", postmortem);
    }

    @Test
    void declaredFactorsGiveNoFinding() {
        assertEquals(List.of(), repo(TAXONOMY, postmortem("published", "factors: [deployment, capacity]\n")).check());
    }

    @Test
    void unknownFactorWithACloseMatchSuggestsIt() {
        assertEquals(List.of("2026/a/postmortem.md:5:21: error: unknown contributing factor 'deploymnet'; did you "
                        + "mean 'deployment'?" + KNOWN),
                repo(TAXONOMY, postmortem("published", "factors: [capacity, deploymnet]\n")).check());
    }

    @Test
    void unknownFactorWithoutACloseMatchSaysWhereToDeclareIt() {
        assertEquals(List.of("2026/a/postmortem.md:6:5: error: unknown contributing factor 'human-error'; use a "
                        + "factor id declared under postmortem.factors in sitrep.yaml, or add it there" + KNOWN),
                repo(TAXONOMY, postmortem("published", "factors:\n  - human-error\n")).check());
    }

    @Test
    void aFactorWrittenByItsNameOrAbbreviatedSuggestsItsId() {
        assertEquals(List.of(
                        "2026/a/postmortem.md:5:11: error: unknown contributing factor 'Configuration change'; did you "
                                + "mean 'config-change'?" + KNOWN,
                        "2026/a/postmortem.md:5:33: error: unknown contributing factor 'deploy'; did you mean "
                                + "'deployment'?" + KNOWN,
                        "2026/a/postmortem.md:5:41: error: unknown contributing factor 'config'; did you mean "
                                + "'config-change'?" + KNOWN,
                        "2026/a/postmortem.md:5:49: error: unknown contributing factor 'ca'; use a factor id declared "
                                + "under postmortem.factors in sitrep.yaml, or add it there" + KNOWN),
                repo(TAXONOMY, postmortem("published", "factors: [Configuration change, deploy, config, ca]\n"))
                        .check());
    }

    @Test
    void aDraftMayNotNameAnUnknownFactorEither() {
        assertEquals(List.of("2026/a/postmortem.md:4:11: error: unknown contributing factor 'capacty'; did you mean "
                        + "'capacity'?" + KNOWN),
                repo(TAXONOMY, postmortem("draft", "factors: [capacty]\n")).check());
    }

    @Test
    void publishedWithAnEmptyListPointsAtFactors() {
        assertEquals(List.of("2026/a/postmortem.md:5:1: error: a published postmortem names at least one "
                        + "contributing factor, because sitrep.yaml declares them; write the ids that apply in "
                        + "'factors'" + KNOWN),
                repo(TAXONOMY, postmortem("published", "factors: []\n")).check());
    }

    @Test
    void publishedWithoutTheKeyPointsAtStatus() {
        assertEquals(List.of("2026/a/postmortem.md:3:1: error: a published postmortem names its contributing "
                        + "factors, because sitrep.yaml declares them; add a line 'factors: [...]' to the front "
                        + "matter with the ids that apply" + KNOWN),
                repo(TAXONOMY, postmortem("published", "")).check());
    }

    @Test
    void aDraftNeedsNoFactors() {
        assertEquals(List.of(), repo(TAXONOMY, postmortem("draft", "")).check());
        assertEquals(List.of(), repo(TAXONOMY, postmortem("draft", "factors: []\n")).check());
    }

    @Test
    void withoutATaxonomyNoFactorRuleApplies() {
        assertEquals(List.of(), repo(Fixture.CONFIG, postmortem("published", "factors: [anything, at-all]\n")).check());
        assertEquals(List.of(), repo(Fixture.CONFIG, postmortem("published", "factors: []\n")).check());
        assertEquals(List.of(), repo(Fixture.CONFIG, postmortem("published", "")).check());
    }

    @Test
    void factorsMustBeAListOfIds() {
        assertEquals(List.of("2026/a/postmortem.md:4:10: error: 'factors' must be a list, e.g. [a, b], not 'deployment'"),
                repo(TAXONOMY, postmortem("draft", "factors: deployment\n")).check());
    }

    @Test
    void aMistypedListIsOneFindingNotAlsoAPostmortemWithoutFactors() {
        assertEquals(List.of("2026/a/postmortem.md:5:10: error: 'factors' must be a list, e.g. [a, b], not 'deployment'"),
                repo(TAXONOMY, postmortem("published", "factors: deployment\n")).check());
        assertEquals(List.of("2026/a/postmortem.md:5:10: error: 'factors' must be a list, e.g. [a, b], not "
                        + "'deploymnet'", "2026/a/postmortem.md:5:10: error: unknown contributing factor 'deploymnet'; "
                        + "did you mean 'deployment'?" + KNOWN),
                repo(TAXONOMY, postmortem("published", "factors: deploymnet\n")).check());
        assertEquals(List.of("2026/a/postmortem.md:5:11: error: item 1 of 'factors' must be a non-empty text"),
                repo(TAXONOMY, postmortem("published", "factors: ['']\n")).check());
        assertEquals(List.of("2026/a/postmortem.md:5:10: error: 'factors' must be a list, e.g. [a, b], not a mapping"),
                repo(TAXONOMY, postmortem("published", "factors: {deployment: yes}\n")).check());
    }

    @Test
    void anEmptyFactorsKeyIsAPostmortemWithoutFactors() {
        assertEquals(List.of("2026/a/postmortem.md:5:1: error: a published postmortem names at least one "
                        + "contributing factor, because sitrep.yaml declares them; write the ids that apply in "
                        + "'factors'" + KNOWN),
                repo(TAXONOMY, postmortem("published", "factors:\n")).check());
    }

    @Test
    void aDuplicateIdInTheTaxonomyIsAnError() {
        String config = TAXONOMY + "    - {id: capacity, name: Load}\n";
        assertEquals(List.of("sitrep.yaml:12:12: error: contributing factor id 'capacity' is already used at line 11; "
                        + "ids must be unique"),
                repo(config, postmortem("published", "factors: [capacity]\n")).check());
    }
}
