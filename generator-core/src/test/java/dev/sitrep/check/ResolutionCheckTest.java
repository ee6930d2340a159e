package dev.sitrep.check;

import dev.sitrep.Fixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static dev.sitrep.Fixture.INCIDENT;
import static org.junit.jupiter.api.Assertions.assertEquals;

class ResolutionCheckTest {

    private static final String RESOLVING_UPDATE = """
              - at: 2026-11-03T15:40:00Z
                status: resolved
                message: Recovered.
            """;

    @TempDir
    Path dir;

    private List<String> incident(String yaml) {
        return Fixture.repo(dir).write("2026/a/incident.yaml", yaml).check();
    }

    @Test
    void resolvedWithoutAResolvingLastUpdate() {
        String yaml = INCIDENT.replace(RESOLVING_UPDATE, "");
        assertEquals(List.of("2026/a/incident.yaml:7:1: error: 'resolved' is set but the last update (2) has status "
                + "'monitoring'; add a final update with status: resolved at 2026-11-03T15:40:00Z, or remove "
                + "'resolved' while the incident is open"), incident(yaml));
    }

    @Test
    void resolvedDiffersFromTheResolvingUpdate() {
        String yaml = INCIDENT.replace("resolved: 2026-11-03T15:40:00Z", "resolved: 2026-11-03T15:45:00Z");
        assertEquals(List.of("2026/a/incident.yaml:7:1: error: 'resolved' (2026-11-03T15:45:00Z) differs from the "
                + "time of the resolving last update (2026-11-03T15:40:00Z); make them the same"), incident(yaml));
    }

    @Test
    void resolvedMayBeLeftOutWhenTheLastUpdateResolves() {
        assertEquals(List.of(), incident(INCIDENT.replace("resolved: 2026-11-03T15:40:00Z\n", "")));
    }

    @Test
    void openIncidentMayLackAcknowledged() {
        String yaml = """
                title: Checkout timeouts
                severity: P1
                components: {checkout: partial_outage}
                detected: 2026-11-03T14:02:00Z
                updates:
                  - {at: 2026-11-03T14:08:00Z, status: investigating, message: Investigating.}
                """;
        // at 14:10 the open P1 is within its acknowledge target (15m)
        assertEquals(List.of(), Fixture.repo(dir).write("2026/a/incident.yaml", yaml)
                .check(Instant.parse("2026-11-03T14:10:00Z")));
    }

    @Test
    void resolvedIncidentNeedsAcknowledged() {
        String yaml = INCIDENT.replace("acknowledged: 2026-11-03T14:05:00Z\n", "");
        assertEquals(List.of("2026/a/incident.yaml:5:1: error: the incident is resolved but has no 'acknowledged' "
                + "time; add 'acknowledged:' after 'detected' with the time someone took the incident on"),
                incident(yaml));
    }
}
