package dev.sitrep.check;

import dev.sitrep.Fixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static dev.sitrep.Fixture.INCIDENT;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The repeat-incident rule. The later incident is {@link Fixture#INCIDENT} (detected 2026-11-03T14:02Z, affects
 * checkout); the earlier one is the same incident on another day. Both postmortems are published; the window is
 * inclusive: an earlier incident detected exactly {@code repeatWithin} before the later one is within it.
 */
class RepeatIncidentCheckTest {

    private static final String LATER = "2026/2026-11-03-checkout-timeouts/";
    private static final String THIRTY_DAYS = FactorCheckTest.TAXONOMY + "  repeatWithin: 30d\n";
    private static final String WARNING = LATER + "postmortem.md:5:1: warning: this incident looks like a repeat of ";

    @TempDir
    Path dir;

    private Fixture.Repo repo(String config) {
        return Fixture.repo(dir).write("sitrep.yaml", config);
    }

    /** Writes an incident detected on {@code date} at 14:02Z with a published postmortem that names {@code factors}. */
    private static void incident(Fixture.Repo repo, String date, String yaml, String factors) {
        String folder = "2026/" + date + (date.equals("2026-11-03") ? "-checkout-timeouts/" : "-checkout-errors/");
        repo.write(folder + "incident.yaml", yaml.replace("2026-11-03", date))
                .write(folder + "postmortem.md", FactorCheckTest.postmortem("published",
                        "factors: [" + factors + "]\n").replace("2026-11-03", date));
    }

    /** The later incident, naming config-change and deployment, and the earlier one on {@code date}. */
    private Fixture.Repo pair(String config, String date, String earlierYaml, String earlierFactors) {
        Fixture.Repo repo = repo(config);
        incident(repo, "2026-11-03", INCIDENT, "config-change, deployment");
        incident(repo, date, earlierYaml, earlierFactors);
        return repo;
    }

    @Test
    void sameFactorSharedComponentWithinTheWindowIsARepeat() {
        assertEquals(List.of(WARNING + "2026-10-01-checkout-errors (detected 33d earlier): both postmortems name the "
                        + "factor 'deployment' and both incidents affect 'checkout'; if it repeats or follows it, "
                        + "acknowledge that in " + LATER + "incident.yaml with 'related: [2026-10-01-checkout-errors]'"),
                pair(FactorCheckTest.TAXONOMY, "2026-10-01", INCIDENT, "capacity, deployment").check());
    }

    @Test
    void theFirstSharedFactorAndComponentOfTheLaterIncidentAreNamed() {
        String both = INCIDENT.replace("  checkout: partial_outage", "  web: degraded_performance\n"
                + "  checkout: partial_outage");
        Fixture.Repo repo = repo(FactorCheckTest.TAXONOMY);
        incident(repo, "2026-11-03", INCIDENT.replace("  checkout: partial_outage", "  checkout: partial_outage\n"
                + "  web: degraded_performance"), "config-change, deployment");
        incident(repo, "2026-10-01", both, "deployment, config-change");
        assertEquals(List.of(WARNING + "2026-10-01-checkout-errors (detected 33d earlier): both postmortems name the "
                + "factor 'config-change' and both incidents affect 'checkout'; if it repeats or follows it, "
                + "acknowledge that in " + LATER + "incident.yaml with 'related: [2026-10-01-checkout-errors]'"),
                repo.check());
    }

    @Test
    void listedInRelatedItIsAcknowledged() {
        Fixture.Repo repo = pair(FactorCheckTest.TAXONOMY, "2026-10-01", INCIDENT, "deployment");
        repo.write(LATER + "incident.yaml", INCIDENT.replace("detected:",
                "related: [2026-10-01-checkout-errors]\ndetected:"));
        assertEquals(List.of(), repo.check());
    }

    @Test
    void theSuggestedLineKeepsTheRelatedIdsAlreadyListed() {
        Fixture.Repo repo = pair(FactorCheckTest.TAXONOMY, "2026-10-01", INCIDENT, "deployment");
        incident(repo, "2026-09-01", INCIDENT, "capacity");
        repo.write(LATER + "incident.yaml", INCIDENT.replace("detected:",
                "related: [2026-09-01-checkout-errors]\ndetected:"));
        assertEquals(List.of(WARNING + "2026-10-01-checkout-errors (detected 33d earlier): both postmortems name the "
                        + "factor 'deployment' and both incidents affect 'checkout'; if it repeats or follows it, "
                        + "acknowledge that in " + LATER + "incident.yaml with 'related: [2026-09-01-checkout-errors, "
                        + "2026-10-01-checkout-errors]'"),
                repo.check());
    }

    @Test
    void exactlyRepeatWithinEarlierIsStillWithinTheWindow() {
        // 2026-08-05T14:02Z is exactly 90 days before 2026-11-03T14:02Z
        assertEquals(List.of(WARNING + "2026-08-05-checkout-errors (detected 90d earlier): both postmortems name the "
                        + "factor 'deployment' and both incidents affect 'checkout'; if it repeats or follows it, "
                        + "acknowledge that in " + LATER + "incident.yaml with 'related: [2026-08-05-checkout-errors]'"),
                pair(FactorCheckTest.TAXONOMY, "2026-08-05", INCIDENT, "deployment").check());
    }

    @Test
    void aMinuteBeforeTheWindowIsNoRepeat() {
        assertEquals(List.of(), pair(FactorCheckTest.TAXONOMY, "2026-08-05",
                INCIDENT.replace("detected: 2026-11-03T14:02:00Z", "detected: 2026-11-03T14:01:00Z"), "deployment")
                .check());
    }

    @Test
    void repeatWithinIsHonoured() {
        assertEquals(List.of(), pair(THIRTY_DAYS, "2026-10-01", INCIDENT, "deployment").check());
    }

    @Test
    void repeatWithinIsInclusiveToo() {
        assertEquals(List.of(WARNING + "2026-10-04-checkout-errors (detected 30d earlier): both postmortems name the "
                        + "factor 'deployment' and both incidents affect 'checkout'; if it repeats or follows it, "
                        + "acknowledge that in " + LATER + "incident.yaml with 'related: [2026-10-04-checkout-errors]'"),
                pair(THIRTY_DAYS, "2026-10-04", INCIDENT, "deployment").check());
    }

    @Test
    void noSharedComponentIsNoRepeat() {
        assertEquals(List.of(), pair(FactorCheckTest.TAXONOMY, "2026-10-01",
                INCIDENT.replace("  checkout: partial_outage", "  api: partial_outage"), "deployment").check());
    }

    @Test
    void noSharedFactorIsNoRepeat() {
        assertEquals(List.of(), pair(FactorCheckTest.TAXONOMY, "2026-10-01", INCIDENT, "capacity").check());
    }

    @Test
    void aDraftEarlierPostmortemIsNoRepeat() {
        // a P2, so that the draft is not overdue
        Fixture.Repo repo = pair(FactorCheckTest.TAXONOMY, "2026-10-01",
                INCIDENT.replace("severity: P1", "severity: P2"), "deployment");
        repo.write("2026/2026-10-01-checkout-errors/postmortem.md",
                FactorCheckTest.postmortem("draft", "factors: [deployment]\n"));
        assertEquals(List.of(), repo.check());
    }

    @Test
    void aDraftLaterPostmortemIsNoRepeatYet() {
        Fixture.Repo repo = pair(FactorCheckTest.TAXONOMY, "2026-10-01", INCIDENT, "deployment");
        repo.write(LATER + "postmortem.md", FactorCheckTest.postmortem("draft", "factors: [deployment]\n"));
        assertEquals(List.of(), repo.check());
    }

    @Test
    void withoutATaxonomyThereIsNoRepeatRule() {
        assertEquals(List.of(), pair(Fixture.CONFIG, "2026-10-01", INCIDENT, "deployment").check());
    }
}
