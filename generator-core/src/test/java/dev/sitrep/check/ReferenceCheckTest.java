package dev.sitrep.check;

import dev.sitrep.Fixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static dev.sitrep.Fixture.INCIDENT;
import static org.junit.jupiter.api.Assertions.assertEquals;

class ReferenceCheckTest {

    @TempDir
    Path dir;

    @Test
    void validReferencesGiveNoFinding() {
        assertEquals(List.of(), Fixture.repo(dir).write("2026/a/incident.yaml", INCIDENT).check());
    }

    @Test
    void unknownIncidentComponentPointsAtItsKeyWithSuggestion() {
        String yaml = INCIDENT.replace("  checkout: partial_outage", "  checkout: partial_outage\n  chekout: major_outage");
        assertEquals(List.of("2026/a/incident.yaml:5:3: error: unknown component 'chekout'; did you mean 'checkout'? "
                        + "(known: api, checkout, web)"),
                Fixture.repo(dir).write("2026/a/incident.yaml", yaml).check());
    }

    @Test
    void unknownComponentWithoutCloseMatchSaysWhereToDefineIt() {
        String yaml = INCIDENT.replace("  checkout: partial_outage", "  payments: partial_outage");
        assertEquals(List.of("2026/a/incident.yaml:4:3: error: unknown component 'payments'; use a component defined "
                        + "in sitrep.yaml, or add it there (known: api, checkout, web)"),
                Fixture.repo(dir).write("2026/a/incident.yaml", yaml).check());
    }

    @Test
    void unknownSeverityPointsAtItsValue() {
        String yaml = INCIDENT.replace("severity: P1", "severity: P5");
        assertEquals(List.of("2026/a/incident.yaml:2:11: error: unknown severity 'P5'; use a severity id defined in "
                        + "sitrep.yaml (known: P0 Critical, P1 High, P2 Medium, P3 Low)"),
                Fixture.repo(dir).write("2026/a/incident.yaml", yaml).check());
    }

    @Test
    void severityWrittenByNameOrInLowerCaseSuggestsTheId() {
        Fixture.Repo repo = Fixture.repo(dir)
                .write("2026/a/incident.yaml", INCIDENT.replace("severity: P1", "severity: High"))
                .write("2026/b/incident.yaml", INCIDENT.replace("severity: P1", "severity: p1"));
        assertEquals(List.of(
                "2026/a/incident.yaml:2:11: error: unknown severity 'High'; did you mean 'P1'? "
                        + "(known: P0 Critical, P1 High, P2 Medium, P3 Low)",
                "2026/b/incident.yaml:2:11: error: unknown severity 'p1'; did you mean 'P1'? "
                        + "(known: P0 Critical, P1 High, P2 Medium, P3 Low)"), repo.check());
    }

    @Test
    void unknownSeverityOfACustomSchemeSuggestsTheUniqueClosest() {
        Fixture.Repo repo = Fixture.repo(dir)
                .write("sitrep.yaml", Fixture.CONFIG + """
                        severities:
                          - {id: sev1, impact: critical}
                          - {id: minor, impact: minor}
                        """)
                .write("2026/a/incident.yaml", INCIDENT.replace("severity: P1", "severity: sev-1"));
        assertEquals(List.of("2026/a/incident.yaml:2:11: error: unknown severity 'sev-1'; did you mean 'sev1'? "
                + "(known: sev1, minor)"), repo.check());
    }

    @Test
    void unknownMaintenanceComponentPointsAtTheListItem() {
        Fixture.Repo repo = Fixture.repo(dir).write("maintenance/db-upgrade.yaml", """
                title: Database upgrade
                components: [api, wbe]
                scheduledStart: 2026-12-01T02:00:00Z
                scheduledEnd: 2026-12-01T04:00:00Z
                """);
        assertEquals(List.of("maintenance/db-upgrade.yaml:2:19: error: unknown component 'wbe'; did you mean 'web'? "
                + "(known: api, checkout, web)"), repo.check());
    }
}
