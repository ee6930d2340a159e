package dev.sitrep.metrics;

import dev.sitrep.model.Incident;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import static dev.sitrep.Fixture.component;
import static dev.sitrep.Fixture.config;
import static dev.sitrep.Fixture.incident;
import static dev.sitrep.Fixture.repository;
import static dev.sitrep.model.ComponentImpact.MAJOR_OUTAGE;
import static org.junit.jupiter.api.Assertions.assertEquals;

class TrendsTest {

    @Test
    void monthsInTheSiteTimeZoneWithEmptyMonthsBetween() {
        // 22:30Z on Aug 31 is 00:30 on Sep 1 in Berlin
        Incident september = incident("a").severity("P1").affects("api", MAJOR_OUTAGE)
                .detected("2026-08-31T22:30:00Z").resolved("2026-08-31T23:30:00Z").build();
        Incident september2 = incident("b").severity("P2").affects("api", MAJOR_OUTAGE)
                .detected("2026-09-10T10:00:00Z").resolved("2026-09-10T13:00:00Z").build();
        Incident novemberOpen = incident("c").severity("P1").affects("api", MAJOR_OUTAGE)
                .detected("2026-11-10T10:00:00Z").build();

        List<MonthlyTrend> trends = Trends.monthly(repository(config("Europe/Berlin", component("api", null)),
                List.of(novemberOpen, september, september2), List.of()));

        assertEquals(List.of(YearMonth.of(2026, 9), YearMonth.of(2026, 10), YearMonth.of(2026, 11)),
                trends.stream().map(MonthlyTrend::month).toList());
        MonthlyTrend sep = trends.get(0);
        assertEquals(2, sep.total());
        assertEquals(List.of(0, 1, 1, 0), sep.counts().stream().map(MonthlyTrend.SeverityCount::count).toList());
        assertEquals(List.of("P0", "P1", "P2", "P3"),
                sep.counts().stream().map(MonthlyTrend.SeverityCount::severityId).toList());
        assertEquals(Optional.of(Duration.ofMinutes(120)), sep.mttr());
        assertEquals(0, trends.get(1).total());
        assertEquals(Optional.empty(), trends.get(1).mttr());
        assertEquals(1, trends.get(2).total());
        assertEquals(0, trends.get(2).resolved());
        assertEquals(Optional.empty(), trends.get(2).mttr());
    }

    @Test
    void noIncidentsNoMonths() {
        assertEquals(List.of(), Trends.monthly(repository(config("UTC", component("api", null)), List.of(),
                List.of())));
    }
}
