package dev.sitrep.check;

import dev.sitrep.Fixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static dev.sitrep.Fixture.INCIDENT;
import static dev.sitrep.Fixture.SECTIONS;
import static org.junit.jupiter.api.Assertions.assertEquals;

class ChronologyCheckTest {

    private static final String ORDER = "times must follow started <= detected <= acknowledged <= mitigated <= "
            + "resolved, so correct one of the two";

    @TempDir
    Path dir;

    private List<String> incident(String yaml) {
        return Fixture.repo(dir).write("2026/a/incident.yaml", yaml).check();
    }

    private static String p2(String yaml) {
        return yaml.replace("severity: P1", "severity: P2");
    }

    @Test
    void detectedBeforeStarted() {
        String yaml = INCIDENT.replace("detected:", "started: 2026-11-03T14:05:00Z\ndetected:");
        assertEquals(List.of("2026/a/incident.yaml:6:1: error: 'detected' (2026-11-03T14:02:00Z) is before 'started' "
                + "(2026-11-03T14:05:00Z); " + ORDER), incident(yaml));
    }

    @Test
    void acknowledgedBeforeDetected() {
        String yaml = INCIDENT.replace("acknowledged: 2026-11-03T14:05:00Z", "acknowledged: 2026-11-03T13:05:00Z");
        assertEquals(List.of("2026/a/incident.yaml:6:1: error: 'acknowledged' (2026-11-03T13:05:00Z) is before "
                + "'detected' (2026-11-03T14:02:00Z); " + ORDER), incident(yaml));
    }

    @Test
    void aMissingTimeIsSkippedAndOneWrongValueGivesOneFinding() {
        String yaml = INCIDENT.replace("resolved:", "mitigated: 2026-11-03T12:00:00Z\nresolved:");
        assertEquals(List.of("2026/a/incident.yaml:7:1: error: 'mitigated' (2026-11-03T12:00:00Z) is before "
                + "'acknowledged' (2026-11-03T14:05:00Z); " + ORDER), incident(yaml));
    }

    @Test
    void resolvedBeforeMitigated() {
        String yaml = INCIDENT.replace("resolved: 2026-11-03T15:40:00Z",
                "mitigated: 2026-11-03T15:50:00Z\nresolved: 2026-11-03T15:40:00Z");
        assertEquals(List.of("2026/a/incident.yaml:8:1: error: 'resolved' (2026-11-03T15:40:00Z) is before "
                + "'mitigated' (2026-11-03T15:50:00Z); " + ORDER), incident(yaml));
    }

    @Test
    void updatesOutOfOrder() {
        // P2 has no update cadence, so the long gap after the misplaced update is no finding here
        String yaml = p2(INCIDENT.replace("at: 2026-11-03T15:00:00Z", "at: 2026-11-03T14:00:00Z"));
        assertEquals(List.of(
                "2026/a/incident.yaml:12:5: error: update 2 (2026-11-03T14:00:00Z) is before 'detected' "
                        + "(2026-11-03T14:02:00Z); no update can precede the incident, so correct the update's 'at' "
                        + "or 'detected'",
                "2026/a/incident.yaml:12:5: error: update 2 (2026-11-03T14:00:00Z) is before update 1 "
                        + "(2026-11-03T14:08:00Z); list updates oldest first and check their times"),
                incident(yaml));
    }

    @Test
    void equalUpdateTimesAreInOrder() {
        String yaml = p2(INCIDENT.replace("at: 2026-11-03T15:00:00Z", "at: 2026-11-03T14:08:00Z"));
        assertEquals(List.of(), incident(yaml));
    }

    @Test
    void onlyTheFirstUpdateBeforeStartedIsReported() {
        String yaml = INCIDENT.replace("detected:", "started: 2026-11-03T15:10:00Z\ndetected:");
        assertEquals(List.of(
                "2026/a/incident.yaml:6:1: error: 'detected' (2026-11-03T14:02:00Z) is before 'started' "
                        + "(2026-11-03T15:10:00Z); " + ORDER,
                "2026/a/incident.yaml:10:5: error: update 1 (2026-11-03T14:08:00Z) is before 'started' "
                        + "(2026-11-03T15:10:00Z); no update can precede the incident, so correct the update's 'at' "
                        + "or 'started'"),
                incident(yaml));
    }

    @Test
    void maintenanceEndingBeforeItStartsAndUpdatesOutOfOrder() {
        Fixture.Repo repo = Fixture.repo(dir).write("maintenance/db.yaml", """
                title: Database upgrade
                components: [api]
                scheduledStart: 2026-12-01T04:00:00Z
                scheduledEnd: 2026-12-01T04:00:00Z
                updates:
                  - {at: 2026-11-02T09:00:00Z, status: scheduled, message: Planned.}
                  - {at: 2026-11-01T09:00:00Z, status: scheduled, message: Moved.}
                """);
        assertEquals(List.of(
                "maintenance/db.yaml:4:1: error: 'scheduledEnd' (2026-12-01T04:00:00Z) is not after 'scheduledStart' "
                        + "(2026-12-01T04:00:00Z); a maintenance window must end after it starts",
                "maintenance/db.yaml:7:6: error: update 2 (2026-11-01T09:00:00Z) is before update 1 "
                        + "(2026-11-02T09:00:00Z); list updates oldest first and check their times"),
                repo.check());
    }

    @Test
    void postmortemPublishedBeforeResolution() {
        Fixture.Repo repo = Fixture.repo(dir).write("2026/a/incident.yaml", INCIDENT).write("2026/a/postmortem.md",
                "---\nauthors: [Dana]\nstatus: published\npublished: 2026-11-03T15:00:00Z\n---\n" + SECTIONS);
        assertEquals(List.of("2026/a/postmortem.md:4:1: error: 'published' (2026-11-03T15:00:00Z) is before the "
                + "incident was resolved (2026-11-03T15:40:00Z); correct 'published'"), repo.check());
    }

    @Test
    void postmortemPublishedWhileTheIncidentIsOpen() {
        String open = INCIDENT.replace("resolved: 2026-11-03T15:40:00Z\n", "")
                .replace("""
                          - at: 2026-11-03T15:40:00Z
                            status: resolved
                            message: Recovered.
                        """, "");
        Fixture.Repo repo = Fixture.repo(dir).write("2026/a/incident.yaml", open).write("2026/a/postmortem.md",
                "---\nauthors: [Dana]\nstatus: published\npublished: 2026-11-03T15:50:00Z\n---\n" + SECTIONS);
        assertEquals(List.of("2026/a/postmortem.md:3:1: error: the postmortem is published but the incident is still "
                + "open (its last update is 'monitoring'); add the resolving update to incident.yaml, or set "
                + "status: draft until the incident is resolved"), repo.check());
    }
}
