package dev.sitrep.metrics;

import dev.sitrep.FactorFixture;
import dev.sitrep.model.Incident;
import dev.sitrep.model.Repeat;
import dev.sitrep.model.SiteConfig;
import dev.sitrep.model.StatusRepository;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static dev.sitrep.FactorFixture.FACTORS;
import static dev.sitrep.FactorFixture.postmortem;
import static dev.sitrep.FactorFixture.related;
import static dev.sitrep.FactorFixture.withTaxonomy;
import static dev.sitrep.Fixture.at;
import static dev.sitrep.Fixture.component;
import static dev.sitrep.Fixture.config;
import static dev.sitrep.Fixture.repository;
import static dev.sitrep.model.ComponentImpact.MAJOR_OUTAGE;
import static org.junit.jupiter.api.Assertions.assertEquals;

class FactorMetricsTest {

    private static final Instant NOW = at("2026-11-20T12:00:00Z");
    private static final SiteConfig PLAIN = config("UTC", component("api", null), component("web", null));
    private static final SiteConfig TAXONOMY = withTaxonomy(PLAIN, FACTORS);

    /** A P1 incident detected at {@code detected} on {@code component}, resolved an hour later, with a postmortem. */
    private static Incident incident(String id, String detected, String component, String published,
                                     String... factors) {
        return dev.sitrep.Fixture.incident(id).affects(component, MAJOR_OUTAGE).detected(detected)
                .resolved(Instant.parse(detected).plusSeconds(3600).toString())
                .postmortem(postmortem(published, List.of(factors))).build();
    }

    private static final List<Incident> INCIDENTS = List.of(
            incident("a-old", "2025-06-10T10:00:00Z", "api", "2025-06-12T10:00:00Z", "capacity"),
            // exactly now - 12 months: in the long window
            incident("b-year", "2025-11-20T12:00:00Z", "api", "2025-11-22T10:00:00Z", "deploy"),
            // exactly now - 90 days: in the short window
            incident("c-edge", "2026-08-22T12:00:00Z", "api", "2026-08-24T10:00:00Z", "deploy", "config"),
            // a second earlier: not in it
            incident("d-before", "2026-08-22T11:59:59Z", "web", "2026-08-24T10:00:00Z", "config"),
            // a factor named twice counts once; it lists c-edge as related: an acknowledged repeat
            related(incident("e-again", "2026-11-01T10:00:00Z", "api", "2026-11-03T10:00:00Z", "deploy", "deploy"),
                    "c-edge"),
            // shares config and api with c-edge, 80 days later, without listing it: an unacknowledged repeat
            incident("h-config", "2026-11-10T10:00:00Z", "api", "2026-11-12T10:00:00Z", "config"),
            // a draft and an undeclared id count nowhere
            incident("f-draft", "2026-11-15T10:00:00Z", "api", null, "capacity"),
            incident("g-typo", "2026-11-16T10:00:00Z", "web", "2026-11-18T10:00:00Z", "typo"),
            dev.sitrep.Fixture.incident("no-postmortem").affects("api", MAJOR_OUTAGE).detected("2024-01-01T00:00:00Z")
                    .build());

    private static String counts(FactorReport report) {
        return String.join("; ", report.counts().stream().map(c -> c.factor().id() + " " + c.last90Days() + "/"
                + c.last12Months() + "/" + c.allTime()).toList());
    }

    @Test
    void countsPublishedPostmortemsPerFactorByDetectionOverNinetyDaysTwelveMonthsAndAllTime() {
        FactorReport report = FactorMetrics.of(repository(TAXONOMY, INCIDENTS, List.of()), NOW);
        assertEquals(at("2026-08-22T12:00:00Z"), report.last90DaysFrom());
        assertEquals(at("2025-11-20T12:00:00Z"), report.last12MonthsFrom());
        assertEquals("deploy 2/3/3; config 2/3/3; capacity 0/0/1", counts(report));
    }

    @Test
    void countsIncidentsPerFactorForEveryQuarterFromTheFirstWithFactorsToNow() {
        FactorReport report = FactorMetrics.of(repository(TAXONOMY, INCIDENTS, List.of()), NOW);
        assertEquals(List.of(
                        "2025 Q2 [0, 0, 1] 1", "2025 Q3 [0, 0, 0] 0", "2025 Q4 [1, 0, 0] 1", "2026 Q1 [0, 0, 0] 0",
                        "2026 Q2 [0, 0, 0] 0", "2026 Q3 [1, 2, 0] 2", "2026 Q4 [1, 1, 0] 2"),
                report.quarters().stream().map(q -> q.quarter().year() + " Q" + q.quarter().quarter() + " "
                        + q.counts() + " " + q.incidents()).toList());
    }

    @Test
    void quartersAreCalendarQuartersInTheSiteTimeZoneAndRunToNowsQuarter() {
        SiteConfig berlin = withTaxonomy(config("Europe/Berlin", component("api", null)), FACTORS);
        // 23:30 UTC on 31 March is 01:30 on 1 April in Berlin: the second quarter
        Incident spring = incident("spring", "2026-03-31T23:30:00Z", "api", "2026-04-02T10:00:00Z", "deploy");
        FactorReport report = FactorMetrics.of(repository(berlin, List.of(spring), List.of()), NOW);
        assertEquals(List.of(new Quarter(2026, 2), new Quarter(2026, 3), new Quarter(2026, 4)),
                report.quarters().stream().map(QuarterFactors::quarter).toList());
        assertEquals(List.of(1, 0, 0), report.quarters().get(0).counts());
    }

    @Test
    void theRepeatsAreTheRulesNewestFirst() {
        FactorReport report = FactorMetrics.of(repository(TAXONOMY, INCIDENTS, List.of()), NOW);
        assertEquals(List.of("h-config repeats c-edge: config on api, not acknowledged",
                        "e-again repeats c-edge: deploy on api, acknowledged"),
                report.repeats().stream().map(FactorMetricsTest::describe).toList());
    }

    private static String describe(Repeat r) {
        return r.incident().id() + " repeats " + r.earlier().id() + ": " + r.factorId() + " on " + r.componentId()
                + ", " + (r.acknowledged() ? "acknowledged" : "not acknowledged");
    }

    @Test
    void withoutATaxonomyThereIsNothingToCount() {
        StatusRepository plain = repository(PLAIN, INCIDENTS, List.of());
        FactorReport report = FactorMetrics.of(plain, NOW);
        assertEquals(List.of(), report.counts());
        assertEquals(List.of(), report.quarters());
        assertEquals(List.of(), report.repeats());
        assertEquals(report, SiteMetrics.of(plain, NOW).factors());
    }

    @Test
    void withoutAnIncidentWithFactorsThereAreNoQuarters() {
        FactorReport report = FactorMetrics.of(repository(TAXONOMY, List.of(INCIDENTS.get(8)), List.of()), NOW);
        assertEquals("deploy 0/0/0; config 0/0/0; capacity 0/0/0", counts(report));
        assertEquals(List.of(), report.quarters());
    }
}
