package dev.sitrep.metrics;

import dev.sitrep.model.Incident;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static dev.sitrep.Fixture.component;
import static dev.sitrep.Fixture.config;
import static dev.sitrep.Fixture.incident;
import static dev.sitrep.Fixture.repository;
import static dev.sitrep.model.ComponentImpact.MAJOR_OUTAGE;
import static org.junit.jupiter.api.Assertions.assertEquals;

class ResponseMetricsTest {

    @Test
    void perSeverityOverResolvedIncidents() {
        Incident a = incident("a").severity("P1").affects("api", MAJOR_OUTAGE).started("2026-11-01T09:50:00Z")
                .detected("2026-11-01T10:00:00Z").acknowledged("2026-11-01T10:05:00Z")
                .resolved("2026-11-01T12:00:00Z").build();
        Incident b = incident("b").severity("P1").affects("api", MAJOR_OUTAGE)
                .detected("2026-11-02T10:00:00Z").acknowledged("2026-11-02T10:25:00Z")
                .resolved("2026-11-02T16:00:00Z").build();
        Incident open = incident("c").severity("P1").affects("api", MAJOR_OUTAGE)
                .detected("2026-11-03T10:00:00Z").acknowledged("2026-11-03T10:01:00Z").build();
        Incident noAck = incident("d").severity("P2").affects("api", MAJOR_OUTAGE)
                .detected("2026-11-03T10:00:00Z").resolved("2026-11-03T10:30:00Z").build();

        List<SeverityResponse> responses = ResponseMetrics.of(repository(config("UTC", component("api", null)),
                List.of(a, b, open, noAck), List.of()));

        assertEquals(List.of("P0", "P1", "P2", "P3"), responses.stream().map(r -> r.severity().id()).toList());
        SeverityResponse p1 = responses.get(1);
        assertEquals(2, p1.resolved());
        assertEquals(Optional.of(Duration.ofMinutes(15)), p1.timeToAcknowledge().mean());
        assertEquals(Optional.of(Duration.ofMinutes(15)), p1.timeToAcknowledge().median());
        assertEquals(Optional.of(Duration.ofMinutes(25)), p1.timeToAcknowledge().p90());
        assertEquals(Optional.of(Duration.ofMinutes(15)), p1.timeToAcknowledge().target());
        assertEquals(1, p1.timeToAcknowledge().withinTarget());
        assertEquals(Optional.of(Duration.ofHours(4)), p1.timeToResolve().mean());
        assertEquals(Optional.of(Duration.ofHours(6)), p1.timeToResolve().p90());
        assertEquals(1, p1.timeToResolve().withinTarget());
        assertEquals(1, p1.timeToDetect().count());
        assertEquals(Optional.of(Duration.ofMinutes(10)), p1.timeToDetect().mean());
        assertEquals(Optional.empty(), p1.timeToDetect().target());

        SeverityResponse p2 = responses.get(2);
        assertEquals(0, p2.timeToAcknowledge().count());
        assertEquals(1, p2.timeToResolve().count());
        assertEquals(Optional.of(1.0), p2.timeToResolve().withinTargetRate());

        SeverityResponse p0 = responses.get(0);
        assertEquals(0, p0.resolved());
        assertEquals(Optional.empty(), p0.timeToResolve().mean());
    }
}
