package dev.sitrep.metrics;

import dev.sitrep.model.ActionItem;
import dev.sitrep.model.ActionStatus;
import dev.sitrep.model.Incident;
import dev.sitrep.model.Postmortem;
import dev.sitrep.model.StatusRepository;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Action items of published postmortems (a draft is not public, nor are its items).
 *
 * <p>An item is overdue when it is open or in progress and today (the date of {@code now} in the site's time zone)
 * is after its due date. Its window for the completion rate ends on the date (site time zone) of the postmortem's
 * publication plus {@code completeWithin}; a done item counts as within when its {@code completed} date is on or
 * before that day. The rate is done-within over decided items: won't-do items are left out, and so are pending items
 * whose window has not ended yet (they may still make it).
 */
public final class ActionItemMetrics {

    private ActionItemMetrics() {
    }

    public static ActionItemReport of(StatusRepository repository, Instant now) {
        ZoneId zone = repository.config().timezone();
        LocalDate today = LocalDate.ofInstant(now, zone);
        List<ActionItemEntry> entries = new ArrayList<>();
        for (Incident incident : repository.incidents()) {
            Postmortem postmortem = incident.postmortem().filter(Postmortem::isPublished).orElse(null);
            if (postmortem == null || postmortem.published().isEmpty()) {
                continue;
            }
            LocalDate completeBy = LocalDate.ofInstant(
                    postmortem.published().get().plus(repository.config().actionItems().completeWithin()), zone);
            for (ActionItem item : postmortem.actionItems()) {
                entries.add(entry(item, incident, completeBy, today));
            }
        }
        entries.sort(Comparator.comparing((ActionItemEntry e) -> e.item().due()).thenComparing(e -> e.item().id()));
        int[] states = new int[ActionItemState.values().length];
        int[] outcomes = new int[CompletionOutcome.values().length];
        for (ActionItemEntry entry : entries) {
            states[entry.state().ordinal()]++;
            outcomes[entry.outcome().ordinal()]++;
        }
        int within = outcomes[CompletionOutcome.WITHIN.ordinal()];
        return new ActionItemReport(entries, states[ActionItemState.OPEN.ordinal()],
                states[ActionItemState.OVERDUE.ordinal()], states[ActionItemState.DONE.ordinal()],
                states[ActionItemState.WONT_DO.ordinal()], within,
                within + outcomes[CompletionOutcome.MISSED.ordinal()],
                repository.config().actionItems().targetCompletionRate());
    }

    private static ActionItemEntry entry(ActionItem item, Incident incident, LocalDate completeBy, LocalDate today) {
        ActionStatus status = item.status();
        ActionItemState state;
        CompletionOutcome outcome;
        if (status == ActionStatus.DONE) {
            state = ActionItemState.DONE;
            // completed is required when done; without it the item cannot be shown to be within its window
            boolean within = item.completed().map(c -> !c.isAfter(completeBy)).orElse(false);
            outcome = within ? CompletionOutcome.WITHIN : CompletionOutcome.MISSED;
        } else if (status == ActionStatus.WONT_DO) {
            state = ActionItemState.WONT_DO;
            outcome = CompletionOutcome.EXCLUDED;
        } else {
            state = today.isAfter(item.due()) ? ActionItemState.OVERDUE : ActionItemState.OPEN;
            outcome = today.isAfter(completeBy) ? CompletionOutcome.MISSED : CompletionOutcome.UNDECIDED;
        }
        return new ActionItemEntry(item, incident, state, completeBy, outcome);
    }
}
