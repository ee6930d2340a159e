package dev.sitrep.author;

import dev.sitrep.Fixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IncidentFactoryTest {

    private static final Instant NOW = Instant.parse("2026-11-20T23:30:45.678Z");

    @TempDir
    Path dir;
    private Fixture.Repo repo;

    @BeforeEach
    void setUp() {
        repo = Fixture.project(dir, Fixture.BERLIN_CONFIG);
    }

    private IncidentFactory.Created open(NewIncident request) {
        return IncidentFactory.open(Workspace.load(repo.source(), repo.base(), NOW), request, NOW);
    }

    private String failure(NewIncident request) {
        return assertThrows(AuthoringException.class, () -> open(request)).getMessage();
    }

    @Test
    void writesTheIncidentUnderTheLocalDateWithAFirstUpdate() {
        IncidentFactory.Created created = open(NewIncident.of("Checkout errors", "P1",
                "api:partial_outage,checkout:major_outage"));
        // 23:30Z is already 21 November in Berlin
        assertEquals("2026-11-21-checkout-errors", created.id());
        assertEquals(repo.source().resolve("2026/2026-11-21-checkout-errors/incident.yaml"), created.file());
        assertEquals("""
                title: Checkout errors
                severity: P1
                components:
                  api: partial_outage
                  checkout: major_outage
                detected: 2026-11-20T23:30:45Z
                acknowledged: 2026-11-20T23:30:45Z
                updates:
                  - at: 2026-11-20T23:30:45Z
                    status: investigating
                    message: We are investigating reports of problems with Public API and Checkout.
                """, repo.read("2026/2026-11-21-checkout-errors/incident.yaml"));
    }

    @Test
    void theFirstUpdateIsInTheSiteLanguage() {
        repo = Fixture.project(dir, Fixture.BERLIN_CONFIG + "language: fr\n");
        IncidentFactory.Created created = open(NewIncident.of("Paiements en échec", "P1",
                "api:partial_outage,checkout:major_outage"));
        assertTrue(repo.read("2026/" + created.id() + "/incident.yaml").contains("\n    message: Nous enquêtons sur "
                + "des signalements de problèmes concernant Public API et Checkout.\n"), () -> repo.read("2026/"
                + created.id() + "/incident.yaml"));
    }

    @Test
    void writesEveryOptionQuotingWhereYamlNeedsIt() {
        IncidentFactory.Created created = open(new NewIncident("Payments: 50% fail", "p0", " Checkout : Major-Outage ",
                Optional.of("Card payments fail: we are on it #sev0"), Optional.of("Dana Ito"), Optional.of("pay-1"),
                Optional.of("2026-11-20T22:50:00Z"), Optional.of("2026-11-20T23:55:00+01:00"),
                Optional.of("now")));
        assertEquals("pay-1", created.id());
        assertEquals("""
                title: "Payments: 50% fail"
                severity: P0
                components:
                  checkout: major_outage
                commander: Dana Ito
                started: 2026-11-20T22:50:00Z
                detected: 2026-11-20T22:55:00Z
                acknowledged: 2026-11-20T23:30:45Z
                updates:
                  - at: 2026-11-20T23:30:45Z
                    status: investigating
                    message: "Card payments fail: we are on it #sev0"
                """, repo.read("2026/pay-1/incident.yaml"));
    }

    @Test
    void addsANumberWhenTheIdIsTaken() {
        repo.write("maintenance/2026-11-21-db.yaml", """
                title: Database upgrade
                components: [api]
                scheduledStart: 2026-12-01T02:00:00Z
                scheduledEnd: 2026-12-01T04:00:00Z
                """);
        assertEquals("2026-11-21-checkout-errors", open(NewIncident.of("Checkout errors", "P2", "api:partial_outage")).id());
        assertEquals("2026-11-21-checkout-errors-2", open(NewIncident.of("Checkout errors!", "P2", "api:partial_outage")).id());
        assertEquals("2026-11-21-db-2", open(NewIncident.of("DB", "P2", "api:partial_outage")).id());
        assertEquals("2026-11-21-incident", open(NewIncident.of("東京", "P2", "api:partial_outage")).id());
    }

    @Test
    void refusesAChosenIdThatIsTaken() {
        open(NewIncident.of("Checkout errors", "P2", "api:partial_outage"));
        NewIncident again = new NewIncident("Other", "P2", "api:partial_outage", Optional.empty(), Optional.empty(),
                Optional.of("2026-11-21-checkout-errors"), Optional.empty(), Optional.empty(), Optional.empty());
        assertEquals("cannot open the incident:\n"
                + "  id '2026-11-21-checkout-errors' is already in use; choose another one, or leave id out to get a "
                + "free one", failure(again));
    }

    @Test
    void listsEveryProblemWithTheKnownValues() {
        assertEquals("""
                cannot open the incident:
                  component 'api' needs an impact: write api:degraded_performance, api:partial_outage, api:major_outage
                  component 'checkout' is listed twice; give each component one impact
                  unknown component 'chekout'; did you mean 'checkout'? known components: api, checkout, web
                  unknown impact 'down' on component 'web'; use one of: degraded_performance, partial_outage, major_outage
                  unknown severity 'P5'; did you mean 'P0'? known severities: P0 (Critical), P1 (High), P2 (Medium), P3 (Low)""",
                failure(NewIncident.of("Checkout errors", "P5",
                        "api,chekout:major_outage,web:down,checkout:partial_outage,checkout:partial_outage")));
    }

    @Test
    void needsATitleAndComponents() {
        assertEquals("""
                cannot open the incident:
                  the incident needs a title: say what is wrong as customers should read it, e.g. title="Checkout errors"
                  the incident needs at least one affected component with its impact, e.g. components=api:partial_outage (known components: api, checkout, web)""",
                failure(NewIncident.of("  ", "P1", " , ")));
    }

    @Test
    void refusesTimesOutOfOrderOrInTheFuture() {
        NewIncident request = new NewIncident("Checkout errors", "P1", "api:partial_outage", Optional.empty(),
                Optional.empty(), Optional.of("Bad Id"), Optional.of("2026-11-20T23:00:00Z"),
                Optional.of("2026-11-20T22:00:00Z"), Optional.of("2026-11-21T00:00:00Z"));
        assertEquals("""
                cannot open the incident:
                  acknowledged (2026-11-21T00:00:00Z) is later than now (2026-11-20T23:30:45Z)
                  id 'Bad Id' must use only lowercase letters, digits and hyphens, e.g. 'bad-id'
                  started (2026-11-20T23:00:00Z) is after detected (2026-11-20T22:00:00Z); impact cannot start after it was detected""",
                failure(request));
        assertFalse(Files.exists(repo.source().resolve("2026")));
    }

    @Test
    void theNewIncidentPassesTheCheck() {
        open(NewIncident.of("Checkout errors", "P1", "checkout:partial_outage"));
        assertTrue(Workspace.load(repo.source(), repo.base(), NOW).checked().findings().stream().noneMatch(f -> f.isError()),
                () -> Workspace.load(repo.source(), repo.base(), NOW).checked().findings().toString());
    }
}
