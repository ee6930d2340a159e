package dev.sitrep.check;

import dev.sitrep.Fixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static dev.sitrep.Fixture.INCIDENT;
import static dev.sitrep.Fixture.SECTIONS;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The default incident was resolved 2026-11-03T15:40Z, so its postmortem is due 2026-11-05T15:40Z. */
class PostmortemDeadlineCheckTest {

    private static final Instant LATER = Instant.parse("2026-11-08T19:45:00Z");

    @TempDir
    Path dir;

    @Test
    void requiredPostmortemNeverWrittenIsOverdueAtTheResolvedKey() {
        Fixture.Repo repo = Fixture.repo(dir).write("2026/a/incident.yaml", INCIDENT);
        assertEquals(List.of("2026/a/incident.yaml:7:1: error: postmortem for this P1 incident was due "
                + "2026-11-05T15:40:00Z (2d after resolution) and is 3d 4h overdue; publish a postmortem.md next to "
                + "incident.yaml with status: published"), repo.check(LATER));
    }

    @Test
    void withoutResolvedKeyTheFindingIsAtTheResolvingUpdate() {
        Fixture.Repo repo = Fixture.repo(dir).write("2026/a/incident.yaml",
                INCIDENT.replace("resolved: 2026-11-03T15:40:00Z\n", ""));
        assertEquals(List.of("2026/a/incident.yaml:14:5: error: postmortem for this P1 incident was due "
                + "2026-11-05T15:40:00Z (2d after resolution) and is 3d 4h overdue; publish a postmortem.md next to "
                + "incident.yaml with status: published"), repo.check(LATER));
    }

    @Test
    void draftPastItsDueTimeIsOverdueAtItsStatus() {
        Fixture.Repo repo = Fixture.repo(dir).write("2026/a/incident.yaml", INCIDENT)
                .write("2026/a/postmortem.md", "---\nauthors: [Dana]\nstatus: draft\n---\n" + SECTIONS);
        assertEquals(List.of("2026/a/postmortem.md:3:1: error: postmortem for this P1 incident was due "
                + "2026-11-05T15:40:00Z (2d after resolution) and is 3d 4h overdue; publish postmortem.md with "
                + "status: published"), repo.check(LATER));
    }

    @Test
    void notOverdueUntilTheDueTimeHasPassed() {
        Fixture.Repo repo = Fixture.repo(dir).write("2026/a/incident.yaml", INCIDENT);
        assertEquals(List.of(), repo.check(Instant.parse("2026-11-05T15:40:00Z")));
    }

    @Test
    void optionalPostmortemIsNeverOverdue() {
        Fixture.Repo repo = Fixture.repo(dir).write("2026/a/incident.yaml", INCIDENT.replace("severity: P1", "severity: P2"));
        assertEquals(List.of(), repo.check(LATER));
    }

    @Test
    void openIncidentHasNoPostmortemDeadline() {
        String open = INCIDENT.replace("resolved: 2026-11-03T15:40:00Z\n", "").replace("""
                  - at: 2026-11-03T15:40:00Z
                    status: resolved
                    message: Recovered.
                """, "").replace("severity: P1", "severity: P3");
        assertEquals(List.of(), Fixture.repo(dir).write("2026/a/incident.yaml", open).check(LATER));
    }

    @Test
    void publishedAfterItWasDueIsLate() {
        Fixture.Repo repo = Fixture.repo(dir).write("2026/a/incident.yaml", INCIDENT).write("2026/a/postmortem.md",
                "---\nauthors: [Dana]\nstatus: published\npublished: 2026-11-06T11:48:00Z\n---\n" + SECTIONS);
        assertEquals(List.of("2026/a/postmortem.md:4:1: warning: postmortem published 20h 8m after it was due "
                + "(2026-11-05T15:40:00Z); postmortems are due 2d after the incident is resolved"), repo.check(LATER));
    }

    @Test
    void optionalPostmortemPublishedLateIsLateToo() {
        Fixture.Repo repo = Fixture.repo(dir)
                .write("sitrep.yaml", Fixture.CONFIG + "postmortem: {dueWithin: 36h}\n")
                .write("2026/a/incident.yaml", INCIDENT.replace("severity: P1", "severity: P3"))
                .write("2026/a/postmortem.md",
                        "---\nauthors: [Dana]\nstatus: published\npublished: 2026-11-05T05:02:00+01:00\n---\n" + SECTIONS);
        assertEquals(List.of("2026/a/postmortem.md:4:1: warning: postmortem published 22m after it was due "
                + "(2026-11-05T03:40:00Z); postmortems are due 1d 12h after the incident is resolved"), repo.check(LATER));
    }

    @Test
    void publishedOnTimeGivesNoFinding() {
        Fixture.Repo repo = Fixture.repo(dir).write("2026/a/incident.yaml", INCIDENT).write("2026/a/postmortem.md",
                "---\nauthors: [Dana]\nstatus: published\npublished: 2026-11-05T15:40:00Z\n---\n" + SECTIONS);
        assertEquals(List.of(), repo.check(LATER));
    }
}
