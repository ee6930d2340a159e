package dev.sitrep.check;

import dev.sitrep.finding.Findings;
import dev.sitrep.finding.Rule;
import dev.sitrep.model.Incident;
import dev.sitrep.model.Location;
import dev.sitrep.model.Postmortem;
import dev.sitrep.model.ReadResult;
import dev.sitrep.model.Severity;
import dev.sitrep.model.SiteConfig;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static dev.sitrep.model.Durations.human;
import static dev.sitrep.model.Durations.instant;

/**
 * Postmortem deadlines: a postmortem is due {@code postmortem.dueWithin} after its incident was resolved.
 *
 * <ul>
 *   <li>{@link Rule#POSTMORTEM_OVERDUE}, an <b>error</b>: the severity requires a postmortem, it is due before
 *   {@code now}, and none is published. It points at the postmortem's {@code status} key, or, when there is no
 *   postmortem yet, at the incident's {@code resolved} key (else its resolving update).</li>
 *   <li>{@link Rule#POSTMORTEM_LATE}, a <b>warning</b>: a postmortem (required or not) was published after it was
 *   due. It points at {@code published}.</li>
 * </ul>
 */
final class PostmortemDeadlineCheck implements Check {

    @Override
    public void run(ReadResult input, Instant now, Findings out) {
        if (input.config().isEmpty()) {
            return;
        }
        SiteConfig config = input.config().get();
        Duration dueWithin = config.postmortem().dueWithin();
        for (Incident incident : input.incidents()) {
            Optional<Severity> severity = config.severity(incident.severity());
            Optional<Instant> resolvedAt = incident.resolvedAt();
            if (severity.isEmpty() || resolvedAt.isEmpty()) {
                continue;
            }
            Instant due = resolvedAt.get().plus(dueWithin);
            Optional<Postmortem> pm = incident.postmortem();
            boolean published = pm.map(Postmortem::isPublished).orElse(false);
            if (!published && severity.get().postmortemRequired() && due.isBefore(now)) {
                Location at = pm.map(p -> p.positions().key("/status")).orElseGet(() -> Incidents.resolvedAt(incident));
                String fix = pm.isPresent() ? "publish postmortem.md with status: published"
                        : "publish a postmortem.md next to incident.yaml with status: published";
                out.error(Rule.POSTMORTEM_OVERDUE, at, "postmortem for this " + severity.get().id()
                        + " incident was due " + instant(due) + " (" + human(dueWithin) + " after resolution) and is "
                        + human(Duration.between(due, now)) + " overdue; " + fix);
            }
            if (published) {
                Postmortem p = pm.get();
                p.published().filter(t -> t.isAfter(due)).ifPresent(t -> out.warning(Rule.POSTMORTEM_LATE,
                        p.positions().key("/published"), "postmortem published " + human(Duration.between(due, t))
                                + " after it was due (" + instant(due) + "); postmortems are due " + human(dueWithin)
                                + " after the incident is resolved"));
            }
        }
    }
}
