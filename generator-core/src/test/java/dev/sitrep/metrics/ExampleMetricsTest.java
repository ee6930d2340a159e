package dev.sitrep.metrics;

import dev.sitrep.Sitrep;
import dev.sitrep.SitrepOptions;
import dev.sitrep.model.StatusRepository;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The metrics of the example repository ({@code incidents/}) agree with what its {@code EXPECTED-FINDINGS.md} says
 * about it at {@code 2026-11-20T12:00:00Z}: one postmortem published late, four action items overdue, one P1
 * acknowledged over target.
 */
class ExampleMetricsTest {

    private static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");

    private static SiteMetrics metrics() {
        Path source = Path.of("../incidents/incidents");
        StatusRepository repository = Sitrep.check(new SitrepOptions(source, Path.of("target/unused"),
                source.getParent(), NOW)).repository().orElseThrow();
        return SiteMetrics.of(repository, NOW);
    }

    @Test
    void agreesWithTheExpectedFindings() {
        SiteMetrics metrics = metrics();

        assertEquals(1, metrics.postmortems().late());
        assertEquals(List.of("2026-10-14-storage-upload-errors"), metrics.postmortems().deadlines().stream()
                .filter(s -> s.timeliness() == PostmortemTimeliness.LATE).map(s -> s.incident().id()).toList());
        assertEquals(Optional.of(Duration.ofHours(20).plusMinutes(8)), metrics.postmortems().deadlines().stream()
                .filter(s -> s.timeliness() == PostmortemTimeliness.LATE).findFirst().orElseThrow().overrun());
        assertEquals(0, metrics.postmortems().overdue());
        assertEquals(List.of("auth-sso-login-failures-3", "database-failover-errors-3", "dns-resolution-outage-3",
                "storage-upload-errors-2"), metrics.actionItems().items().stream()
                .filter(e -> e.state() == ActionItemState.OVERDUE).map(e -> e.item().id()).toList());
        SeverityResponse p1 = metrics.responses().get(1);
        assertEquals("P1", p1.severity().id());
        assertEquals(p1.timeToAcknowledge().count() - 1, p1.timeToAcknowledge().withinTarget());
    }

    @Test
    void currentStatusAtTheExampleClock() {
        SiteMetrics metrics = metrics();

        // the open P2 search latency incident (degraded) and the storage maintenance under way
        assertEquals(Indicator.MINOR, metrics.status().indicator());
        assertEquals(ComponentStatus.DEGRADED_PERFORMANCE, metrics.status().component("search").status());
        assertEquals(ComponentStatus.UNDER_MAINTENANCE, metrics.status().component("storage").status());
        assertEquals(YearMonth.of(2026, 6), metrics.trends().get(0).month());
        assertEquals(YearMonth.of(2026, 11), metrics.trends().get(metrics.trends().size() - 1).month());
        assertEquals(19, metrics.trends().stream().mapToInt(MonthlyTrend::total).sum());
    }
}
