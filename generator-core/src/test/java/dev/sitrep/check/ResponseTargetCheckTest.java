package dev.sitrep.check;

import dev.sitrep.Fixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static dev.sitrep.Fixture.INCIDENT;
import static org.junit.jupiter.api.Assertions.assertEquals;

class ResponseTargetCheckTest {

    private static final String OPEN_P1 = """
            title: Checkout timeouts
            severity: P1
            components: {checkout: partial_outage}
            detected: 2026-11-03T14:02:00Z
            updates:
              - {at: 2026-11-03T14:08:00Z, status: investigating, message: Investigating.}
              - {at: 2026-11-03T15:00:00Z, status: identified, message: Found it.}
              - {at: 2026-11-03T15:55:00Z, status: monitoring, message: Fixed.}
            """;

    @TempDir
    Path dir;

    @Test
    void acknowledgedOverTarget() {
        String yaml = INCIDENT.replace("acknowledged: 2026-11-03T14:05:00Z", "acknowledged: 2026-11-03T14:24:00Z");
        assertEquals(List.of("2026/a/incident.yaml:6:1: warning: acknowledged 22m after detection, over the P1 target "
                + "of 15m"), Fixture.repo(dir).write("2026/a/incident.yaml", yaml).check());
    }

    @Test
    void acknowledgedExactlyOnTargetIsFine() {
        String yaml = INCIDENT.replace("acknowledged: 2026-11-03T14:05:00Z", "acknowledged: 2026-11-03T14:17:00Z");
        assertEquals(List.of(), Fixture.repo(dir).write("2026/a/incident.yaml", yaml).check());
    }

    @Test
    void acknowledgementIsMeasuredFromDetectedNotStarted() {
        String yaml = INCIDENT.replace("detected:", "started: 2026-11-03T13:00:00Z\ndetected:");
        assertEquals(List.of(), Fixture.repo(dir).write("2026/a/incident.yaml", yaml).check());
    }

    @Test
    void openIncidentNotAcknowledgedOverTarget() {
        assertEquals(List.of("2026/a/incident.yaml:4:1: warning: not acknowledged 1h 58m after detection, over the P1 "
                        + "target of 15m; add 'acknowledged' with the time someone took the incident on"),
                Fixture.repo(dir).write("2026/a/incident.yaml", OPEN_P1).check());
    }

    @Test
    void resolvedOverTargetAtTheResolvedKey() {
        String yaml = INCIDENT.replace("severity: P1", "severity: P2")
                .replace("2026-11-03T15:40:00Z", "2026-11-04T16:10:00Z");
        assertEquals(List.of("2026/a/incident.yaml:7:1: warning: resolved 1d 2h after detection, over the P2 target "
                        + "of 1d"),
                Fixture.repo(dir).write("2026/a/incident.yaml", yaml).check(Instant.parse("2026-11-05T00:00:00Z")));
    }

    @Test
    void openIncidentOverItsResolveTargetAtTheLastUpdate() {
        String yaml = OPEN_P1.replace("detected:", "acknowledged: 2026-11-03T14:05:00Z\ndetected:");
        assertEquals(List.of(
                "2026/a/incident.yaml:9:6: warning: still open 4h 13m after detection, over the P1 target of "
                        + "resolving within 4h",
                "2026/a/incident.yaml:9:6: warning: no update for 2h 20m since update 3 (2026-11-03T15:55:00Z) while "
                        + "the incident is open, over the P1 target of an update every 1h; post an update"),
                Fixture.repo(dir).write("2026/a/incident.yaml", yaml).check(Instant.parse("2026-11-03T18:15:00Z")));
    }
}
