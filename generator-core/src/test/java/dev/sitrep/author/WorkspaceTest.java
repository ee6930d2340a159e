package dev.sitrep.author;

import dev.sitrep.Fixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class WorkspaceTest {

    private static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");
    private static final String INCIDENT = """
            title: Checkout errors
            severity: P3
            components:
              checkout: degraded_performance
            detected: 2026-11-20T10:00:00Z
            updates:
              - at: 2026-11-20T10:10:00Z
                status: investigating
                message: Looking into it.
            """;

    @TempDir
    Path dir;

    @Test
    void refusesARepositoryWithoutAUsableConfiguration() {
        AuthoringException missing = assertThrows(AuthoringException.class,
                () -> Workspace.load(dir.resolve("incidents"), dir, NOW));
        assertEquals("cannot use the incident repository incidents until sitrep.yaml is fixed (set "
                + "sitrep.sourceDirectory if it is elsewhere):\n"
                + "  incidents:1:1: error: source directory does not exist; create it with a sitrep.yaml, or point "
                + "sitrep.sourceDirectory at it", missing.getMessage());

        Fixture.Repo repo = Fixture.project(dir, Fixture.BERLIN_CONFIG);
        repo.write("sitrep.yaml", "title: Acme\ncomponents: []\n");
        AuthoringException broken = assertThrows(AuthoringException.class, () -> Workspace.load(repo.source(), repo.base(), NOW));
        assertEquals(true, broken.getMessage().startsWith("cannot use the incident repository incidents until "
                + "sitrep.yaml is fixed (set sitrep.sourceDirectory if it is elsewhere):\n  incidents/sitrep.yaml:"),
                broken.getMessage());
    }

    @Test
    void idsShareOneNamespace() {
        Fixture.Repo repo = Fixture.project(dir, Fixture.BERLIN_CONFIG);
        repo.write("2026/2026-11-20-checkout-errors/incident.yaml", INCIDENT);
        repo.write("2026/2026-11-20-checkout-errors/postmortem.md", """
                ---
                authors: [Dana]
                status: draft
                actionItems:
                  - {id: fix-pool, title: Fix the pool, owner: dana, priority: immediate, due: 2026-11-30, status: open}
                ---
                ## Summary
                x
                """);
        repo.write("maintenance/db-upgrade.yaml", """
                title: Database upgrade
                components: [api]
                scheduledStart: 2026-12-01T02:00:00Z
                scheduledEnd: 2026-12-01T04:00:00Z
                """);
        assertEquals(Set.of("2026-11-20-checkout-errors", "fix-pool", "db-upgrade"), Workspace.load(repo.source(), repo.base(), NOW).idsInUse());
    }

    @Test
    void anIdInTwoFoldersIsNamedAsSuch() {
        Fixture.Repo repo = Fixture.project(dir, Fixture.BERLIN_CONFIG);
        repo.write("2026/2026-11-20-checkout-errors/incident.yaml", INCIDENT);
        repo.write("old/2026-11-20-checkout-errors/incident.yaml", INCIDENT);
        AuthoringException e = assertThrows(AuthoringException.class,
                () -> Workspace.load(repo.source(), repo.base(), NOW).incidentFile("2026-11-20-checkout-errors"));
        assertEquals("incident id '2026-11-20-checkout-errors' is used by more than one folder "
                + "(incidents/2026/2026-11-20-checkout-errors/incident.yaml, "
                + "incidents/old/2026-11-20-checkout-errors/incident.yaml); rename all but one so that ids are unique",
                e.getMessage());
    }
}
