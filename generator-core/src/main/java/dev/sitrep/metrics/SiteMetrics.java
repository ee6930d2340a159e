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
 * @param published the published postmortems, newest first by publication
 * @param trends    one per month from the first incident's to the last one's
 * @param factors   the contributing factors across postmortems and the repeat incidents (empty without a taxonomy)
 */
public record SiteMetrics(Instant now, CurrentStatus status, UptimeReport uptime, List<MonthlyUptime> monthlyUptime,
                          List<SeverityResponse> responses,
                          PostmortemReport postmortems, List<PublishedPostmortem> published,
                          ActionItemReport actionItems, List<MonthlyTrend> trends, FactorReport factors) {

    public SiteMetrics {
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(uptime, "uptime");
        monthlyUptime = List.copyOf(monthlyUptime);
        responses = List.copyOf(responses);
        Objects.requireNonNull(postmortems, "postmortems");
        published = List.copyOf(published);
        Objects.requireNonNull(actionItems, "actionItems");
        trends = List.copyOf(trends);
        Objects.requireNonNull(factors, "factors");
    }

    /** Computes every metric of {@code repository} at {@code now}. */
    public static SiteMetrics of(StatusRepository repository, Instant now) {
        return new SiteMetrics(now, CurrentStatus.of(repository, now), Uptime.of(repository, now),
                Uptime.monthly(repository, now),
                ResponseMetrics.of(repository), PostmortemMetrics.of(repository, now),
                PostmortemMetrics.published(repository, now), ActionItemMetrics.of(repository, now),
                Trends.monthly(repository), FactorMetrics.of(repository, now));
    }
}
