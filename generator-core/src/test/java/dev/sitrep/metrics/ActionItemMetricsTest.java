package dev.sitrep.metrics;

import dev.sitrep.model.Incident;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static dev.sitrep.Fixture.actionItem;
import static dev.sitrep.Fixture.at;
import static dev.sitrep.Fixture.component;
import static dev.sitrep.Fixture.config;
import static dev.sitrep.Fixture.incident;
import static dev.sitrep.Fixture.postmortem;
import static dev.sitrep.Fixture.repository;
import static dev.sitrep.model.ActionStatus.DONE;
import static dev.sitrep.model.ActionStatus.IN_PROGRESS;
import static dev.sitrep.model.ActionStatus.OPEN;
import static dev.sitrep.model.ActionStatus.WONT_DO;
import static dev.sitrep.model.ComponentImpact.MAJOR_OUTAGE;
import static org.junit.jupiter.api.Assertions.assertEquals;

class ActionItemMetricsTest {

    private static Incident withPostmortem(String id, dev.sitrep.model.Postmortem postmortem) {
        return incident(id).severity("P1").affects("api", MAJOR_OUTAGE).detected("2026-09-29T10:00:00Z")
                .resolved("2026-09-29T11:00:00Z").postmortem(postmortem).build();
    }

    @Test
    void statesOutcomesAndRate() {
        Incident first = withPostmortem("first", postmortem("2026-10-01T10:00:00Z",
                actionItem("a", "2026-10-20", DONE, "2026-10-31"),
                actionItem("b", "2026-10-20", DONE, "2026-11-01"),
                actionItem("c", "2026-11-19", OPEN, null),
                actionItem("d", "2026-11-20", IN_PROGRESS, null),
                actionItem("e", "2026-10-15", WONT_DO, null)));
        Incident second = withPostmortem("second", postmortem("2026-11-15T10:00:00Z",
                actionItem("f", "2026-12-01", OPEN, null)));
        Incident draft = withPostmortem("draft", postmortem(null, actionItem("g", "2026-10-01", OPEN, null)));

        ActionItemReport report = ActionItemMetrics.of(repository(config("UTC", component("api", null)),
                List.of(draft, first, second), List.of()), at("2026-11-20T12:00:00Z"));

        assertEquals(List.of("e", "a", "b", "c", "d", "f"),
                report.items().stream().map(e -> e.item().id()).toList());
        assertEquals(List.of(ActionItemState.WONT_DO, ActionItemState.DONE, ActionItemState.DONE,
                ActionItemState.OVERDUE, ActionItemState.OPEN, ActionItemState.OPEN),
                report.items().stream().map(ActionItemEntry::state).toList());
        assertEquals(List.of(CompletionOutcome.EXCLUDED, CompletionOutcome.WITHIN, CompletionOutcome.MISSED,
                CompletionOutcome.MISSED, CompletionOutcome.MISSED, CompletionOutcome.UNDECIDED),
                report.items().stream().map(ActionItemEntry::outcome).toList());
        assertEquals(LocalDate.parse("2026-10-31"), report.items().get(1).completeBy());
        assertEquals(2, report.open());
        assertEquals(1, report.overdue());
        assertEquals(2, report.done());
        assertEquals(1, report.wontDo());
        assertEquals(1, report.within());
        assertEquals(4, report.decided());
        assertEquals(Optional.of(0.25), report.completionRate());
        assertEquals(Optional.of(false), report.meetsTarget());
    }

    @Test
    void overdueStartsAfterTheEndOfTheDueDayInTheSiteTimeZone() {
        Incident incident = withPostmortem("first", postmortem("2026-11-01T10:00:00Z",
                actionItem("a", "2026-11-19", OPEN, null)));
        // 23:30Z on the 19th is already the 20th in Berlin, still the 19th in UTC
        var now = at("2026-11-19T23:30:00Z");

        ActionItemReport berlin = ActionItemMetrics.of(repository(config("Europe/Berlin", component("api", null)),
                List.of(incident), List.of()), now);
        ActionItemReport utc = ActionItemMetrics.of(repository(config("UTC", component("api", null)),
                List.of(incident), List.of()), now);

        assertEquals(ActionItemState.OVERDUE, berlin.items().get(0).state());
        assertEquals(ActionItemState.OPEN, utc.items().get(0).state());
        assertEquals(Optional.empty(), utc.completionRate());
    }
}
