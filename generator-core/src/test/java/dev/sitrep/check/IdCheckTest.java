package dev.sitrep.check;

import dev.sitrep.Fixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static dev.sitrep.Fixture.INCIDENT;
import static dev.sitrep.Fixture.SECTIONS;
import static org.junit.jupiter.api.Assertions.assertEquals;

class IdCheckTest {

    private static final String MAINTENANCE = """
            title: Database upgrade
            components: [api]
            scheduledStart: 2026-12-01T02:00:00Z
            scheduledEnd: 2026-12-01T04:00:00Z
            """;

    @TempDir
    Path dir;

    private static String postmortem(String... ids) {
        StringBuilder items = new StringBuilder();
        for (String id : ids) {
            items.append("""
                      - id: %s
                        title: Fix it
                        owner: sam
                        priority: immediate
                        due: 2026-11-10
                        status: open
                    """.formatted(id));
        }
        return "---\nauthors: [Dana]\nstatus: draft\nactionItems:\n" + items + "---\n" + SECTIONS;
    }

    @Test
    void sameIncidentIdInTwoFoldersReportsTheLaterPath() {
        Fixture.Repo repo = Fixture.repo(dir)
                .write("2025/outage/incident.yaml", INCIDENT)
                .write("2026/outage/incident.yaml", INCIDENT);
        assertEquals(List.of("2026/outage/incident.yaml:1:1: error: id 'outage' is already used by "
                + "2025/outage/incident.yaml:1; ids are unique across incidents, maintenances and action items, "
                + "so rename the incident's folder"), repo.check());
    }

    @Test
    void maintenanceAndIncidentShareTheNamespace() {
        Fixture.Repo repo = Fixture.repo(dir)
                .write("2026/db-upgrade/incident.yaml", INCIDENT)
                .write("maintenance/db-upgrade.yaml", MAINTENANCE);
        assertEquals(List.of("maintenance/db-upgrade.yaml:1:1: error: id 'db-upgrade' is already used by "
                + "2026/db-upgrade/incident.yaml:1; ids are unique across incidents, maintenances and action items, "
                + "so rename the maintenance file"), repo.check());
    }

    @Test
    void actionItemIdsAreUniqueWithinAndAcrossPostmortems() {
        Fixture.Repo repo = Fixture.repo(dir)
                .write("2026/a/incident.yaml", INCIDENT)
                .write("2026/a/postmortem.md", postmortem("fix-1", "fix-1"))
                .write("2026/b/incident.yaml", INCIDENT)
                .write("2026/b/postmortem.md", postmortem("fix-1", "a"));
        String tail = "; ids are unique across incidents, maintenances and action items, so give this action item "
                + "another id";
        assertEquals(List.of(
                "2026/a/postmortem.md:11:9: error: id 'fix-1' is already used by 2026/a/postmortem.md:5" + tail,
                "2026/b/postmortem.md:5:9: error: id 'fix-1' is already used by 2026/a/postmortem.md:5" + tail,
                "2026/b/postmortem.md:11:9: error: id 'a' is already used by 2026/a/incident.yaml:1" + tail),
                repo.check());
    }

    @Test
    void distinctIdsGiveNoFinding() {
        Fixture.Repo repo = Fixture.repo(dir)
                .write("2026/a/incident.yaml", INCIDENT)
                .write("2026/a/postmortem.md", postmortem("a-1", "a-2"))
                .write("maintenance/b.yaml", MAINTENANCE);
        assertEquals(List.of(), repo.check());
    }
}
