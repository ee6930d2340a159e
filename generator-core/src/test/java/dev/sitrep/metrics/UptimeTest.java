package dev.sitrep.metrics;

import dev.sitrep.model.ComponentImpact;
import dev.sitrep.model.Incident;
import dev.sitrep.model.SiteConfig;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static dev.sitrep.Fixture.at;
import static dev.sitrep.Fixture.component;
import static dev.sitrep.Fixture.config;
import static dev.sitrep.Fixture.incident;
import static dev.sitrep.Fixture.repository;
import static dev.sitrep.model.ComponentImpact.DEGRADED_PERFORMANCE;
import static dev.sitrep.model.ComponentImpact.MAJOR_OUTAGE;
import static dev.sitrep.model.ComponentImpact.PARTIAL_OUTAGE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class UptimeTest {

    private static final double EXACT = 1e-9;
    private static final Instant NOW = at("2026-11-20T12:00:00Z");
    private static final SiteConfig UTC = config("UTC", component("api", "Core"), component("web", "Core"),
            component("db", null));
    private static final SiteConfig BERLIN = config("Europe/Berlin", component("api", "Core"),
            component("web", "Core"));

    private static UptimeDay day(UptimeReport report, String component, String date) {
        return report.component(component).days().stream().filter(d -> d.date().equals(LocalDate.parse(date)))
                .findFirst().orElseThrow();
    }

    @Test
    void ninetyCalendarDaysEndingToday() {
        UptimeReport report = Uptime.of(repository(UTC, List.of(), List.of()), NOW);

        assertEquals(90, report.dates().size());
        assertEquals(LocalDate.parse("2026-08-23"), report.dates().get(0));
        assertEquals(LocalDate.parse("2026-11-20"), report.dates().get(89));
        ComponentUptime api = report.component("api");
        assertEquals(100.0, api.percent(), EXACT);
        assertEquals(1440.0, api.days().get(0).minutes(), EXACT);
        assertEquals(720.0, api.days().get(89).minutes(), EXACT); // today counts up to now
        assertEquals(Optional.empty(), api.days().get(89).worst());
    }

    @Test
    void majorOutageCountsFullyAndOverallIsTimeWeighted() {
        Incident major = incident("a").affects("api", MAJOR_OUTAGE).detected("2026-11-19T10:00:00Z")
                .resolved("2026-11-19T11:00:00Z").build();

        UptimeReport report = Uptime.of(repository(UTC, List.of(major), List.of()), NOW);

        UptimeDay day = day(report, "api", "2026-11-19");
        assertEquals(60.0, day.downtimeMinutes(), EXACT);
        assertEquals(100.0 * (1 - 60.0 / 1440), day.uptimePercent(), EXACT);
        assertEquals(Optional.of(MAJOR_OUTAGE), day.worst());
        assertEquals(List.of("a"), day.incidentIds());
        assertEquals(100.0 * (1 - 60.0 / (89 * 1440 + 720)), report.component("api").percent(), EXACT);
        assertEquals(100.0, report.component("web").percent(), EXACT);
    }

    @Test
    void impactStartsAtStartedWhenGiven() {
        Incident partial = incident("a").affects("api", PARTIAL_OUTAGE).started("2026-11-19T09:00:00Z")
                .detected("2026-11-19T10:00:00Z").resolved("2026-11-19T11:00:00Z").build();

        UptimeReport report = Uptime.of(repository(UTC, List.of(partial), List.of()), NOW);

        assertEquals(0.3 * 120, day(report, "api", "2026-11-19").downtimeMinutes(), EXACT);
    }

    @Test
    void degradedPerformanceIsNoDowntimeButMarksTheDay() {
        Incident degraded = incident("a").affects("api", DEGRADED_PERFORMANCE).detected("2026-11-19T10:00:00Z")
                .resolved("2026-11-19T11:00:00Z").build();

        UptimeReport report = Uptime.of(repository(UTC, List.of(degraded), List.of()), NOW);

        UptimeDay day = day(report, "api", "2026-11-19");
        assertEquals(0.0, day.downtimeMinutes(), EXACT);
        assertEquals(100.0, day.uptimePercent(), EXACT);
        assertEquals(Optional.of(DEGRADED_PERFORMANCE), day.worst());
    }

    @Test
    void overlappingIncidentsCountEachMinuteOnceAtTheWorstImpact() {
        Incident major = incident("a").affects("api", MAJOR_OUTAGE).detected("2026-11-19T10:00:00Z")
                .resolved("2026-11-19T11:00:00Z").build();
        Incident partial = incident("b").affects("api", PARTIAL_OUTAGE).detected("2026-11-19T10:30:00Z")
                .resolved("2026-11-19T12:00:00Z").build();
        Incident sameMajor = incident("c").affects("api", MAJOR_OUTAGE).detected("2026-11-19T10:15:00Z")
                .resolved("2026-11-19T10:45:00Z").build();

        UptimeReport report = Uptime.of(repository(UTC, List.of(major, partial, sameMajor), List.of()), NOW);

        UptimeDay day = day(report, "api", "2026-11-19");
        // 10:00-11:00 major (60), 11:00-12:00 partial (60 x 0.3)
        assertEquals(78.0, day.downtimeMinutes(), EXACT);
        assertEquals(List.of("a", "b", "c"), day.incidentIds());
    }

    @Test
    void openIncidentCountsUntilNow() {
        Incident open = incident("a").affects("api", PARTIAL_OUTAGE).detected("2026-11-20T10:00:00Z").build();
        Incident future = incident("b").affects("api", MAJOR_OUTAGE).detected("2026-11-20T13:00:00Z").build();

        UptimeReport report = Uptime.of(repository(UTC, List.of(open, future), List.of()), NOW);

        UptimeDay today = day(report, "api", "2026-11-20");
        assertEquals(36.0, today.downtimeMinutes(), EXACT);
        assertEquals(95.0, today.uptimePercent(), EXACT);
        assertEquals(List.of("a"), today.incidentIds());
    }

    @Test
    void incidentSpanningMidnightIsSplitAtTheSiteTimeZonesDayBoundary() {
        // 23:30 to 01:30 in Berlin (UTC+1 in November)
        Incident major = incident("a").affects("api", MAJOR_OUTAGE).detected("2026-11-18T22:30:00Z")
                .resolved("2026-11-19T00:30:00Z").build();

        UptimeReport report = Uptime.of(repository(BERLIN, List.of(major), List.of()), NOW);

        assertEquals(30.0, day(report, "api", "2026-11-18").downtimeMinutes(), EXACT);
        assertEquals(90.0, day(report, "api", "2026-11-19").downtimeMinutes(), EXACT);
        assertEquals(List.of("a"), day(report, "api", "2026-11-18").incidentIds());
        assertEquals(List.of("a"), day(report, "api", "2026-11-19").incidentIds());
        // today in Berlin: 00:00 CET is 23:00Z, so 13 hours up to now
        assertEquals(780.0, day(report, "api", "2026-11-20").minutes(), EXACT);
    }

    @Test
    void daylightSavingDayHas25HoursAndAnIncidentEndingAtMidnightDoesNotTouchTheNextDay() {
        // 2026-10-25 in Berlin: clocks go back from 03:00 CEST to 02:00 CET
        Incident partial = incident("a").affects("api", PARTIAL_OUTAGE).detected("2026-10-24T22:00:00Z")
                .resolved("2026-10-25T23:00:00Z").build();

        UptimeReport report = Uptime.of(repository(BERLIN, List.of(partial), List.of()), NOW);

        UptimeDay dst = day(report, "api", "2026-10-25");
        assertEquals(1500.0, dst.minutes(), EXACT);
        assertEquals(450.0, dst.downtimeMinutes(), EXACT);
        assertEquals(70.0, dst.uptimePercent(), EXACT);
        assertEquals(List.of(), day(report, "api", "2026-10-26").incidentIds());
        assertEquals(List.of(), day(report, "api", "2026-10-24").incidentIds());
        assertEquals(0.0, day(report, "api", "2026-10-26").downtimeMinutes(), EXACT);
    }

    @Test
    void incidentsBeforeTheWindowAreClippedOrLeftOut() {
        Incident straddles = incident("a").affects("api", MAJOR_OUTAGE).detected("2026-08-22T23:00:00Z")
                .resolved("2026-08-23T01:00:00Z").build();
        Incident before = incident("b").affects("api", MAJOR_OUTAGE).detected("2026-08-22T20:00:00Z")
                .resolved("2026-08-23T00:00:00Z").build();

        UptimeReport report = Uptime.of(repository(UTC, List.of(straddles, before), List.of()), NOW);

        UptimeDay first = report.component("api").days().get(0);
        assertEquals(LocalDate.parse("2026-08-23"), first.date());
        assertEquals(60.0, first.downtimeMinutes(), EXACT);
        assertEquals(List.of("a"), first.incidentIds());
    }

    @Test
    void groupUptimeIsTheMeanOfItsComponents() {
        Incident major = incident("a").affects("api", MAJOR_OUTAGE).detected("2026-11-19T10:00:00Z")
                .resolved("2026-11-19T11:00:00Z").build();
        Incident degraded = incident("b").affects("web", DEGRADED_PERFORMANCE).detected("2026-11-19T10:00:00Z")
                .resolved("2026-11-19T11:00:00Z").build();

        UptimeReport report = Uptime.of(repository(UTC, List.of(major, degraded), List.of()), NOW);

        GroupUptime core = report.group("Core");
        assertEquals(List.of("api", "web"), core.componentIds());
        UptimeDay day = core.days().get(88);
        assertEquals(LocalDate.parse("2026-11-19"), day.date());
        assertEquals((100.0 * (1 - 60.0 / 1440) + 100.0) / 2, day.uptimePercent(), EXACT);
        assertEquals(30.0, day.downtimeMinutes(), EXACT);
        assertEquals(Optional.of(MAJOR_OUTAGE), day.worst());
        assertEquals(List.of("a", "b"), day.incidentIds());
        assertEquals((report.component("api").percent() + 100.0) / 2, core.percent(), EXACT);
        assertEquals(List.of("Core"), report.groups().stream().map(GroupUptime::name).toList());
    }

    /** A per-minute or per-incident-per-day scan would take minutes here; one sweep per component takes milliseconds. */
    @Test
    void manyIncidentsAreFast() {
        List<Incident> incidents = new ArrayList<>();
        Instant start = at("2026-01-01T00:00:00Z");
        for (int i = 0; i < 20_000; i++) {
            Instant detected = start.plusSeconds(i * 1_500L);
            incidents.add(incident("i" + i).affects(i % 2 == 0 ? "api" : "web", ComponentImpact.values()[i % 3])
                    .detected(detected.toString()).resolved(detected.plusSeconds(3_600).toString()).build());
        }
        var repository = repository(UTC, incidents, List.of());

        UptimeReport report = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> Uptime.of(repository, at("2026-12-31T00:00:00Z")));

        assertEquals(90, report.component("api").days().size());
    }
}
