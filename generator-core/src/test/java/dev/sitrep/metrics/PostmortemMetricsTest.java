package dev.sitrep.metrics;

import dev.sitrep.model.ActionStatus;
import dev.sitrep.model.Incident;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static dev.sitrep.Fixture.actionItem;
import static dev.sitrep.Fixture.at;
import static dev.sitrep.Fixture.component;
import static dev.sitrep.Fixture.config;
import static dev.sitrep.Fixture.incident;
import static dev.sitrep.Fixture.postmortem;
import static dev.sitrep.Fixture.repository;
import static dev.sitrep.model.ComponentImpact.MAJOR_OUTAGE;
import static org.junit.jupiter.api.Assertions.assertEquals;

class PostmortemMetricsTest {

    private static final Instant NOW = at("2026-11-20T12:00:00Z");

    private static Incident resolvedP1(String id, String resolved, String published) {
        var builder = incident(id).severity("P1").affects("api", MAJOR_OUTAGE)
                .detected(Instant.parse(resolved).minusSeconds(3600).toString()).resolved(resolved);
        return (published == null ? builder : builder.postmortem(postmortem(published.equals("draft") ? null
                : published))).build();
    }

    @Test
    void requiredPostmortemsAreOnTimeLateOverdueOrPending() {
        Incident onTime = resolvedP1("on-time", "2026-11-01T10:00:00Z", "2026-11-03T09:00:00Z");
        Incident exactlyDue = resolvedP1("exactly-due", "2026-11-02T10:00:00Z", "2026-11-04T10:00:00Z");
        Incident late = resolvedP1("late", "2026-11-05T10:00:00Z", "2026-11-07T12:30:00Z");
        Incident overdue = resolvedP1("overdue", "2026-11-10T10:00:00Z", "draft");
        Incident missingOverdue = resolvedP1("missing", "2026-11-17T12:00:00Z", null);
        Incident pending = resolvedP1("pending", "2026-11-19T10:00:00Z", null);
        Incident notRequired = incident("p2").severity("P2").affects("api", MAJOR_OUTAGE)
                .detected("2026-11-01T10:00:00Z").resolved("2026-11-01T11:00:00Z").build();
        Incident open = incident("open").severity("P0").affects("api", MAJOR_OUTAGE)
                .detected("2026-11-01T10:00:00Z").build();

        PostmortemReport report = PostmortemMetrics.of(repository(config("UTC", component("api", null)),
                List.of(onTime, exactlyDue, late, overdue, missingOverdue, pending, notRequired, open), List.of()),
                NOW);

        assertEquals(List.of("on-time", "exactly-due", "late", "overdue", "missing", "pending"),
                report.deadlines().stream().map(s -> s.incident().id()).toList());
        assertEquals(List.of(PostmortemTimeliness.ON_TIME, PostmortemTimeliness.ON_TIME, PostmortemTimeliness.LATE,
                PostmortemTimeliness.OVERDUE, PostmortemTimeliness.OVERDUE, PostmortemTimeliness.PENDING),
                report.deadlines().stream().map(PostmortemDeadline::timeliness).toList());
        assertEquals(Optional.of(Duration.ofMinutes(150)), report.deadlines().get(2).overrun());
        assertEquals(Optional.of(Duration.ofDays(8).plusHours(2)), report.deadlines().get(3).overrun());
        assertEquals(at("2026-11-12T10:00:00Z"), report.deadlines().get(3).due());
        assertEquals(Optional.empty(), report.deadlines().get(5).overrun());
        assertEquals(2, report.onTime());
        assertEquals(1, report.late());
        assertEquals(2, report.overdue());
        assertEquals(1, report.pending());
        assertEquals(Optional.of(0.4), report.onTimeRate());
    }

    @Test
    void publishedPostmortemsAreListedNewestFirstByPublicationWithTimelinessAndActionItems() {
        Incident late = resolvedP1("late", "2026-11-05T10:00:00Z", "2026-11-07T12:30:00Z");
        Incident onTime = incident("on-time").severity("P1").affects("api", MAJOR_OUTAGE)
                .detected("2026-11-01T09:00:00Z").resolved("2026-11-01T10:00:00Z")
                .postmortem(postmortem("2026-11-02T10:00:00Z",
                        actionItem("a-1", "2026-11-10", ActionStatus.DONE, "2026-11-09"),
                        actionItem("a-2", "2026-11-10", ActionStatus.WONT_DO, null),
                        actionItem("a-3", "2026-11-30", ActionStatus.IN_PROGRESS, null))).build();
        // published the same minute as 'late': by incident id
        Incident optional = incident("a-optional").severity("P2").affects("api", MAJOR_OUTAGE)
                .detected("2026-11-06T09:00:00Z").resolved("2026-11-06T10:00:00Z")
                .postmortem(postmortem("2026-11-07T12:30:00Z")).build();
        Incident draft = resolvedP1("draft", "2026-11-10T10:00:00Z", "draft");

        List<PublishedPostmortem> published = PostmortemMetrics.published(repository(config("UTC",
                component("api", null)), List.of(onTime, late, draft, optional), List.of()), NOW);

        assertEquals(List.of("a-optional", "late", "on-time"), published.stream().map(p -> p.incident().id()).toList());
        assertEquals(Optional.empty(), published.get(0).deadline(), "P2 requires no postmortem");
        assertEquals(Optional.of(Duration.ofMinutes(150)), published.get(1).deadline().orElseThrow().overrun());
        assertEquals(PostmortemTimeliness.ON_TIME, published.get(2).deadline().orElseThrow().timeliness());
        assertEquals(at("2026-11-02T10:00:00Z"), published.get(2).published());
        assertEquals(List.of("0 of 0", "0 of 0", "1 of 3"), published.stream()
                .map(p -> p.actionItemsDone() + " of " + p.actionItems()).toList());
    }

    @Test
    void noRequiredPostmortemsGiveNoRate() {
        PostmortemReport report = PostmortemMetrics.of(repository(config("UTC", component("api", null)), List.of(),
                List.of()), NOW);

        assertEquals(Optional.empty(), report.onTimeRate());
    }
}
