package dev.sitrep.metrics;

import dev.sitrep.model.ActionItem;
import dev.sitrep.model.Incident;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An action item of a published postmortem, with where it stands.
 *
 * @param incident   the incident whose postmortem lists it
 * @param completeBy the last day (site time zone) of its window: the date of {@code published + completeWithin}
 */
public record ActionItemEntry(ActionItem item, Incident incident, ActionItemState state, LocalDate completeBy,
                              CompletionOutcome outcome) {

    public ActionItemEntry {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(incident, "incident");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(completeBy, "completeBy");
        Objects.requireNonNull(outcome, "outcome");
    }
}
