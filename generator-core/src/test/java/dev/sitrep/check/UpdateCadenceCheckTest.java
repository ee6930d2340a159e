package dev.sitrep.check;

import dev.sitrep.Fixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static dev.sitrep.Fixture.INCIDENT;
import static org.junit.jupiter.api.Assertions.assertEquals;

class UpdateCadenceCheckTest {

    @TempDir
    Path dir;

    @Test
    void gapLongerThanUpdateEveryIsReportedAtTheLaterUpdate() {
        String yaml = INCIDENT.replace("at: 2026-11-03T15:00:00Z", "at: 2026-11-03T15:33:00Z");
        assertEquals(List.of("2026/a/incident.yaml:12:5: warning: 1h 25m between update 1 (2026-11-03T14:08:00Z) and "
                        + "update 2 (2026-11-03T15:33:00Z) while the incident was open, over the P1 target of an "
                        + "update every 1h"),
                Fixture.repo(dir).write("2026/a/incident.yaml", yaml).check());
    }

    @Test
    void gapOfExactlyUpdateEveryIsFine() {
        String yaml = INCIDENT.replace("at: 2026-11-03T15:00:00Z", "at: 2026-11-03T15:08:00Z");
        assertEquals(List.of(), Fixture.repo(dir).write("2026/a/incident.yaml", yaml).check());
    }

    @Test
    void severityWithoutCadenceIsNotChecked() {
        String yaml = INCIDENT.replace("severity: P1", "severity: P2")
                .replace("at: 2026-11-03T15:00:00Z", "at: 2026-11-03T15:33:00Z");
        assertEquals(List.of(), Fixture.repo(dir).write("2026/a/incident.yaml", yaml).check());
    }

    @Test
    void gapAfterAResolvedUpdateDoesNotCountUntilTheIncidentIsReopened() {
        String yaml = """
                title: Checkout timeouts
                severity: P0
                components: {checkout: partial_outage}
                detected: 2026-11-03T14:02:00Z
                acknowledged: 2026-11-03T14:03:00Z
                updates:
                  - {at: 2026-11-03T14:05:00Z, status: investigating, message: Investigating.}
                  - {at: 2026-11-03T14:30:00Z, status: resolved, message: Recovered.}
                  - {at: 2026-11-03T16:30:00Z, status: investigating, message: It is back.}
                  - {at: 2026-11-03T17:10:00Z, status: resolved, message: Recovered again.}
                """;
        assertEquals(List.of(
                "2026/a/incident.yaml:10:6: warning: resolved 3h 8m after detection, over the P0 target of 1h",
                "2026/a/incident.yaml:10:6: warning: 40m between update 3 (2026-11-03T16:30:00Z) and update 4 "
                        + "(2026-11-03T17:10:00Z) while the incident was open, over the P0 target of an update every 30m"),
                Fixture.repo(dir).write("2026/a/incident.yaml", yaml).check(Instant.parse("2026-11-03T17:30:00Z")));
    }

    @Test
    void openIncidentWithoutARecentUpdate() {
        String yaml = """
                title: Checkout timeouts
                severity: P1
                components: {checkout: partial_outage}
                detected: 2026-11-03T14:02:00Z
                acknowledged: 2026-11-03T14:05:00Z
                updates:
                  - {at: 2026-11-03T14:08:00Z, status: investigating, message: Investigating.}
                """;
        assertEquals(List.of("2026/a/incident.yaml:7:6: warning: no update for 1h 52m since update 1 "
                        + "(2026-11-03T14:08:00Z) while the incident is open, over the P1 target of an update every "
                        + "1h; post an update"),
                Fixture.repo(dir).write("2026/a/incident.yaml", yaml).check());
    }
}
