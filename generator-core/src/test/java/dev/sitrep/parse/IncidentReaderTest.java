package dev.sitrep.parse;

import dev.sitrep.finding.Finding;
import dev.sitrep.finding.Findings;
import dev.sitrep.model.Incident;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IncidentReaderTest {

    private static final String INCIDENT = """
            title: Checkout timeouts
            severity: P1
            components: {checkout: partial_outage}
            detected: 2026-11-03T14:02:00Z
            updates:
              - {at: 2026-11-03T14:08:00Z, status: investigating, message: Investigating.}
              - {at: 2026-11-03T15:40:00Z, status: resolved, message: Recovered.}
            """;

    private static Optional<Incident> read(String text, Findings findings) {
        return new YamlReader().read("incident.yaml", text, 1, findings)
                .flatMap(doc -> IncidentReader.read("checkout-timeouts", doc, findings));
    }

    @Test
    void readsAValidIncident() {
        Findings findings = new Findings();
        Incident incident = read(INCIDENT, findings).orElseThrow();
        assertEquals(List.of(), findings.sorted());
        assertTrue(incident.isResolved());
        assertEquals(2, incident.updates().size());
    }

    @Test
    void anUnreadableUpdateKeepsTheIncidentOutOfTheChecks() {
        // were the broken last update left out, the incident would look open and every rule about the last
        // update would report something that is not wrong
        Findings findings = new Findings();
        Optional<Incident> incident = read(INCIDENT.replace("status: resolved", "staus: resolved"), findings);
        assertTrue(incident.isEmpty());
        assertEquals(List.of(
                "incident.yaml:7:5: error: missing required key 'status'",
                "incident.yaml:7:32: error: unknown key 'staus' in an update; did you mean 'status'?"),
                findings.sorted().stream().map(Finding::format).toList());
    }
}
