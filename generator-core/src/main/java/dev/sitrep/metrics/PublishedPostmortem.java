package dev.sitrep.metrics;

import dev.sitrep.model.Incident;
import dev.sitrep.model.Postmortem;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A published postmortem as the postmortem index lists it.
 *
 * @param published        when it was published
 * @param deadline         its deadline and timeliness; empty when the incident's severity does not require one
 * @param actionItemsDone  how many of its action items are done
 * @param actionItems      how many action items it has, in any state
 */
public record PublishedPostmortem(Incident incident, Postmortem postmortem, Instant published,
                                  Optional<PostmortemDeadline> deadline, int actionItemsDone, int actionItems) {

    public PublishedPostmortem {
        Objects.requireNonNull(incident, "incident");
        Objects.requireNonNull(postmortem, "postmortem");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(deadline, "deadline");
        if (actionItemsDone < 0 || actionItemsDone > actionItems) {
            throw new IllegalArgumentException("done " + actionItemsDone + " of " + actionItems);
        }
    }
}
