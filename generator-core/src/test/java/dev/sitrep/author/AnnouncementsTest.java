package dev.sitrep.author;

import dev.sitrep.Fixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AnnouncementsTest {

    private static final String ID = "2026-11-20-checkout-errors";

    @TempDir
    Path dir;
    private Fixture.Repo repo;

    @BeforeEach
    void setUp() {
        repo = Fixture.project(dir, Fixture.BERLIN_CONFIG);
    }

    private String render(String incident, Instant now) {
        repo.write("2026/" + ID + "/incident.yaml", incident);
        Workspace workspace = Workspace.load(repo.source(), repo.base(), now);
        return Announcements.render(workspace.config(), workspace.incident(ID), now);
    }

    @Test
    void anOpenIncident() {
        String open = """
                title: Checkout errors
                severity: P1
                components:
                  api: partial_outage
                  checkout: major_outage
                detected: 2026-11-20T09:50:00Z
                acknowledged: 2026-11-20T09:56:00Z
                updates:
                  - at: 2026-11-20T10:01:00Z
                    status: investigating
                    message: We are investigating.
                  - at: 2026-11-20T10:48:00Z
                    status: identified
                    message: |-
                      A library update fails;
                      we are rolling it back.
                """;
        assertEquals("""
                ==== Internal status update ====
                **INCIDENT UPDATE [11:48 CET]**
                Incident: Checkout errors (P1 High)
                Status: IDENTIFIED
                Impact: Public API: partial outage; Checkout: major outage
                Actions Taken: A library update fails; we are rolling it back.
                Next Steps: Fix or mitigate the cause. Next update by 12:48 CET.
                ETA: Not known yet; the P1 target is resolution within 4 hours, by 14:50 CET.
                Status page: https://status.acme.example/incidents/2026-11-20-checkout-errors/

                ==== Customer notification ====
                We have identified the cause of checkout errors affecting Public API and Checkout and are working on a fix.
                We will provide updates every 1 hour until resolved.
                Status: https://status.acme.example/incidents/2026-11-20-checkout-errors/

                ==== Status page ====
                Status: Identified

                Timeline (CET):
                [10:50] - Issue detected
                [11:48] - Root cause identified
                """, render(open, Instant.parse("2026-11-20T11:00:00Z")));

        assertEquals("""
                ==== Internal status update ====
                **INCIDENT UPDATE [11:48 CET]**
                Incident: Checkout errors (P1 High)
                Status: IDENTIFIED
                Impact: Public API: partial outage; Checkout: major outage
                Actions Taken: A library update fails; we are rolling it back.
                Next Steps: Fix or mitigate the cause. The next update was due at 2026-11-20 12:48 CET: post one now.
                ETA: Not known yet; the P1 target is resolution within 4 hours, which passed at 2026-11-20 14:50 CET.
                Status page: https://status.acme.example/incidents/2026-11-20-checkout-errors/
                """, section(render(open, Instant.parse("2026-11-21T08:00:00Z")), "Internal status update"));
    }

    @Test
    void inTheLanguageOfTheSiteWithTheRepositorysOwnWords() {
        repo = Fixture.project(dir, Fixture.BERLIN_CONFIG + "language: de\n")
                .write("templates/strings_de.properties", "announce.milestone.fixed = Fix ausgerollt\n");
        repo.write("2026/" + ID + "/incident.yaml", """
                title: Checkout errors
                severity: P1
                components:
                  checkout: major_outage
                detected: 2026-11-20T09:50:00Z
                acknowledged: 2026-11-20T09:56:00Z
                mitigated: 2026-11-20T10:30:00Z
                updates:
                  - at: 2026-11-20T10:01:00Z
                    status: investigating
                    message: Wir untersuchen das.
                  - at: 2026-11-20T10:48:00Z
                    status: monitoring
                    message: Zurückgerollt.
                """);
        Instant now = Instant.parse("2026-11-20T11:00:00Z");
        Workspace workspace = Workspace.load(repo.source(), repo.base(), now);
        assertEquals("""
                ==== Internes Status-Update ====
                **STÖRUNGS-UPDATE [11:48 MEZ]**
                Störung: Checkout errors (P1 Hoch)
                Status: WIRD BEOBACHTET
                Auswirkung: Checkout: schwerer Ausfall
                Bisherige Maßnahmen: Zurückgerollt.
                Nächste Schritte: Die Korrektur beobachten; beheben, sobald die Messwerte normal bleiben. Nächstes \
                Update bis 12:48 MEZ.
                Voraussichtliche Behebung: Noch nicht bekannt; das Ziel für P1 ist die Behebung innerhalb von \
                4 Stunden, bis 14:50 MEZ.
                Statusseite: https://status.acme.example/incidents/2026-11-20-checkout-errors/

                ==== Kundenbenachrichtigung ====
                Eine Korrektur für Checkout errors, betroffen ist Checkout, ist eingespielt und wir beobachten die \
                Ergebnisse.
                Wir informieren im Abstand von 1 Stunde, bis die Störung behoben ist.
                Status: https://status.acme.example/incidents/2026-11-20-checkout-errors/

                ==== Statusseite ====
                Status: Wird beobachtet

                Zeitlinie (MEZ):
                [10:50] - Störung erkannt
                [11:30] - Fix ausgerollt
                """, Announcements.render(workspace.config(), workspace.strings(), workspace.incident(ID), now),
                "German words, German capitals, and the repository's own string from templates/");
    }

    @Test
    void frenchPutsItsSpaceBeforeEveryColon() {
        repo = Fixture.project(dir, Fixture.BERLIN_CONFIG + "language: fr\n");
        String text = render("""
                title: Latence de l'API
                severity: P2
                components:
                  api: degraded_performance
                  checkout: major_outage
                detected: 2026-11-20T09:50:00Z
                acknowledged: 2026-11-20T09:56:00Z
                updates:
                  - {at: 2026-11-20T10:01:00Z, status: investigating, message: On regarde.}
                """, Instant.parse("2026-11-20T11:00:00Z"));
        assertTrue(text.contains("\nImpact\u00a0: Public API\u00a0: performances dégradées\u00a0; Checkout\u00a0: "
                + "panne majeure\n"), text);
        assertFalse(text.matches("(?s).*[^\\s\\u00a0][:;] .*"), () -> "a colon or semicolon without its space: " + text);
    }

    @Test
    void aResolvedIncidentOverTwoDays() {
        String resolved = """
                title: API latency
                severity: P2
                components:
                  api: degraded_performance
                detected: 2026-11-20T22:30:00Z
                acknowledged: 2026-11-20T22:40:00Z
                resolved: 2026-11-21T01:15:00Z
                updates:
                  - {at: 2026-11-20T22:45:00Z, status: investigating, message: Slow.}
                  - {at: 2026-11-21T00:30:00Z, status: monitoring, message: Faster.}
                  - {at: 2026-11-21T01:15:00Z, status: resolved, message: Normal again.}
                """;
        assertEquals("""
                ==== Internal status update ====
                **INCIDENT UPDATE [02:15 CET]**
                Incident: API latency (P2 Medium)
                Status: RESOLVED
                Impact: Public API: degraded performance
                Actions Taken: Normal again.
                Next Steps: Decide whether a postmortem is worth writing.
                ETA: Resolved at 02:15 CET.
                Status page: https://status.acme.example/incidents/2026-11-20-checkout-errors/

                ==== Customer resolution notification ====
                The issue affecting Public API has been resolved as of 02:15 CET.
                All services are now operating normally.
                Status: https://status.acme.example/incidents/2026-11-20-checkout-errors/

                ==== Status page ====
                Status: Resolved

                Timeline (CET):
                [2026-11-20 23:30] - Issue detected
                [2026-11-21 01:30] - Fix deployed
                [2026-11-21 02:15] - Issue resolved
                """, render(resolved, Instant.parse("2026-11-21T01:20:00Z")));

        String p1 = resolved.replace("severity: P2", "severity: P1");
        assertEquals("""
                ==== Customer resolution notification ====
                The issue affecting Public API has been resolved as of 02:15 CET.
                All services are now operating normally.
                We will publish a post-incident report within 48 hours.
                Status: https://status.acme.example/incidents/2026-11-20-checkout-errors/
                """, section(render(p1, Instant.parse("2026-11-21T01:20:00Z")), "Customer resolution notification"));
        assertEquals("Next Steps: Write the postmortem, due by 2026-11-23 02:15 CET.",
                render(p1, Instant.parse("2026-11-21T01:20:00Z")).lines()
                        .filter(l -> l.startsWith("Next Steps")).findFirst().orElseThrow());
    }

    @Test
    void textFromFilesCannotStartALineOfItsOwn() {
        String hostile = """
                title: "Checkout\\n::add-mask::x"
                severity: P3
                components:
                  checkout: degraded_performance
                detected: 2026-11-20T09:50:00Z
                updates:
                  - at: 2026-11-20T10:01:00Z
                    status: investigating
                    message: "Slow.\\n::error::pwned \\e[31mred\\u2028next"
                """;
        String text = render(hostile, Instant.parse("2026-11-20T11:00:00Z"));
        assertEquals(true, text.contains("Incident: Checkout ::add-mask::x (P3 Low)\n"), text);
        assertEquals(true, text.contains("Actions Taken: Slow. ::error::pwned \\u001b[31mred\\u2028next\n"), text);
        assertEquals(true, text.lines().noneMatch(l -> l.startsWith("::")), text);
    }

    private static String section(String text, String name) {
        int start = text.indexOf("==== " + name + " ====");
        int end = text.indexOf("\n\n====", start);
        return text.substring(start, end + 1);
    }
}
