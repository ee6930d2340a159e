package dev.sitrep.metrics;

import dev.sitrep.model.ActionStatus;
import dev.sitrep.model.Incident;
import dev.sitrep.model.Postmortem;
import dev.sitrep.model.Severity;
import dev.sitrep.model.SiteConfig;
import dev.sitrep.model.StatusRepository;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Postmortem timeliness, and the published postmortems as the postmortem index lists them. A postmortem is required
 * for a resolved incident whose severity says {@code postmortemRequired}; it is due {@code dueWithin} after the
 * incident was resolved. A published postmortem is on time when {@code published <= due}.
 */
public final class PostmortemMetrics {

    private PostmortemMetrics() {
    }

    /** Every required postmortem's deadline and timeliness, with the counts. */
    public static PostmortemReport of(StatusRepository repository, Instant now) {
        List<PostmortemDeadline> deadlines = new ArrayList<>();
        for (Incident incident : repository.incidents()) {
            deadline(incident, repository.config(), now).ifPresent(deadlines::add);
        }
        deadlines.sort(Comparator.comparing(PostmortemDeadline::due).thenComparing(d -> d.incident().id()));
        int[] counts = new int[PostmortemTimeliness.values().length];
        deadlines.forEach(d -> counts[d.timeliness().ordinal()]++);
        return new PostmortemReport(deadlines, counts[PostmortemTimeliness.ON_TIME.ordinal()],
                counts[PostmortemTimeliness.LATE.ordinal()], counts[PostmortemTimeliness.OVERDUE.ordinal()],
                counts[PostmortemTimeliness.PENDING.ordinal()]);
    }

    /** Newest first: by publication descending, then incident id. */
    private static final Comparator<PublishedPostmortem> NEWEST_FIRST = Comparator
            .comparing(PublishedPostmortem::published).reversed()
            .thenComparing(p -> p.incident().id());

    /**
     * Every published postmortem (status published, with its publication time), newest first by publication, with
     * its deadline when one is required and its action items done of all.
     */
    public static List<PublishedPostmortem> published(StatusRepository repository, Instant now) {
        List<PublishedPostmortem> out = new ArrayList<>();
        for (Incident incident : repository.incidents()) {
            Optional<Postmortem> postmortem = published(incident);
            if (postmortem.isEmpty()) {
                continue;
            }
            Postmortem p = postmortem.get();
            int done = (int) p.actionItems().stream().filter(a -> a.status() == ActionStatus.DONE).count();
            out.add(new PublishedPostmortem(incident, p, p.published().orElseThrow(),
                    deadline(incident, repository.config(), now), done, p.actionItems().size()));
        }
        out.sort(NEWEST_FIRST);
        return out;
    }

    /** The incident's postmortem when it is published and says when: the ones the site shows and counts. */
    public static Optional<Postmortem> published(Incident incident) {
        return incident.postmortem().filter(Postmortem::isPublished).filter(p -> p.published().isPresent());
    }

    /** The deadline of one incident's postmortem, when one is required (resolved, and the severity requires it). */
    public static Optional<PostmortemDeadline> deadline(Incident incident, SiteConfig config, Instant now) {
        Optional<Instant> resolved = incident.resolvedAt();
        boolean required = config.severity(incident.severity()).map(Severity::postmortemRequired).orElse(false);
        if (resolved.isEmpty() || !required) {
            return Optional.empty();
        }
        Instant due = resolved.get().plus(config.postmortem().dueWithin());
        Optional<Instant> published = incident.postmortem().filter(Postmortem::isPublished)
                .flatMap(Postmortem::published);
        if (published.isPresent()) {
            boolean onTime = !published.get().isAfter(due);
            return Optional.of(new PostmortemDeadline(incident, due,
                    onTime ? PostmortemTimeliness.ON_TIME : PostmortemTimeliness.LATE,
                    onTime ? Optional.empty() : Optional.of(Duration.between(due, published.get()))));
        }
        boolean overdue = due.isBefore(now);
        return Optional.of(new PostmortemDeadline(incident, due,
                overdue ? PostmortemTimeliness.OVERDUE : PostmortemTimeliness.PENDING,
                overdue ? Optional.of(Duration.between(due, now)) : Optional.empty()));
    }
}
