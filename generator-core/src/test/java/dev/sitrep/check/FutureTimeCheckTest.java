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

class FutureTimeCheckTest {

    @TempDir
    Path dir;

    @Test
    void incidentTimesAfterNow() {
        String yaml = INCIDENT.replace("severity: P1", "severity: P3")
                .replace("resolved: 2026-11-03T15:40:00Z", "resolved: 2027-11-03T15:40:00Z")
                .replace("at: 2026-11-03T15:40:00Z", "at: 2027-11-03T15:40:00Z");
        assertEquals(List.of(
                "2026/a/incident.yaml:7:1: warning: 'resolved' (2027-11-03T15:40:00Z) is after now "
                        + "(2026-11-03T16:00:00Z); check the date, the year may be a typo",
                "2026/a/incident.yaml:15:5: warning: update 3 (2027-11-03T15:40:00Z) is after now "
                        + "(2026-11-03T16:00:00Z); check the date, the year may be a typo"),
                Fixture.repo(dir).write("2026/a/incident.yaml", yaml).check());
    }

    @Test
    void postmortemTimesAfterNow() {
        Fixture.Repo repo = Fixture.repo(dir).write("2026/a/incident.yaml", INCIDENT).write("2026/a/postmortem.md", """
                ---
                authors: [Dana]
                status: published
                published: 2026-11-04T10:00:00Z
                actionItems:
                  - id: a-1
                    title: Alert on pool saturation
                    owner: sam
                    priority: immediate
                    due: 2026-11-10
                    status: done
                    completed: 2026-11-05
                ---
                """ + SECTIONS);
        assertEquals(List.of(
                "2026/a/postmortem.md:4:1: warning: 'published' (2026-11-04T10:00:00Z) is after now "
                        + "(2026-11-04T09:00:00Z); check the date, the year may be a typo",
                "2026/a/postmortem.md:12:5: warning: 'completed' (2026-11-05) of action item 'a-1' is after today "
                        + "(2026-11-04 in Z); check the date, the year may be a typo"),
                repo.check(Instant.parse("2026-11-04T09:00:00Z")));
    }

    @Test
    void maintenanceWindowMayBeInTheFutureButItsUpdatesMayNot() {
        Fixture.Repo repo = Fixture.repo(dir).write("maintenance/db.yaml", """
                title: Database upgrade
                components: [api]
                scheduledStart: 2026-12-01T02:00:00Z
                scheduledEnd: 2026-12-01T04:00:00Z
                updates:
                  - {at: 2026-11-02T09:00:00Z, status: scheduled, message: Planned.}
                  - {at: 2026-12-01T02:00:00Z, status: in_progress, message: Started.}
                """);
        assertEquals(List.of("maintenance/db.yaml:7:6: warning: update 2 (2026-12-01T02:00:00Z) is after now "
                + "(2026-11-03T16:00:00Z); check the date, the year may be a typo"), repo.check());
    }
}
