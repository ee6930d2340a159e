package dev.sitrep.metrics;

import dev.sitrep.model.StatusRepository;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Every metric of a repository at {@code now}, computed once per run for all pages and feeds.
 *
 * @param monthlyUptime one per component, in configuration order: its uptime per calendar month
 * @param responses one per configured severity, in configuration order
 * @param trends    one per month from the first incident's to the last one's
 */
public record SiteMetrics(Instant now, CurrentStatus status, UptimeReport uptime, List<MonthlyUptime> monthlyUptime,
                          List<SeverityResponse> responses,
                          PostmortemReport postmortems, ActionItemReport actionItems, List<MonthlyTrend> trends) {

    public SiteMetrics {
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(uptime, "uptime");
        monthlyUptime = List.copyOf(monthlyUptime);
        responses = List.copyOf(responses);
        Objects.requireNonNull(postmortems, "postmortems");
        Objects.requireNonNull(actionItems, "actionItems");
        trends = List.copyOf(trends);
    }

    /** Computes every metric of {@code repository} at {@code now}. */
    public static SiteMetrics of(StatusRepository repository, Instant now) {
        return new SiteMetrics(now, CurrentStatus.of(repository, now), Uptime.of(repository, now),
                Uptime.monthly(repository, now),
                ResponseMetrics.of(repository), PostmortemMetrics.of(repository, now),
                ActionItemMetrics.of(repository, now), Trends.monthly(repository));
    }
}
