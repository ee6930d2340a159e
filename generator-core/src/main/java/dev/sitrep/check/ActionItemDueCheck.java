package dev.sitrep.check;

import dev.sitrep.finding.Findings;
import dev.sitrep.finding.Rule;
import dev.sitrep.model.ActionItem;
import dev.sitrep.model.Incident;
import dev.sitrep.model.Postmortem;
import dev.sitrep.model.ReadResult;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static dev.sitrep.model.Durations.human;

/**
 * Overdue action items ({@link Rule#ACTION_ITEM_OVERDUE}, <b>warnings</b>): an item that is {@code open} or
 * {@code in-progress} after the end of its {@code due} day in the site's time zone. {@code done} and {@code wont-do}
 * items are never overdue. Items of draft postmortems are checked too: a follow-up is tracked from the moment it is
 * written down. The finding points at the item's {@code id}.
 */
final class ActionItemDueCheck implements Check {

    @Override
    public void run(ReadResult input, Instant now, Findings out) {
        ZoneId zone = input.config().map(c -> c.timezone()).orElse(ZoneOffset.UTC);
        for (Incident incident : input.incidents()) {
            incident.postmortem().ifPresent(pm -> check(pm, zone, now, out));
        }
    }

    private static void check(Postmortem pm, ZoneId zone, Instant now, Findings out) {
        for (ActionItem item : pm.actionItems()) {
            if (!item.status().isPending()) {
                continue;
            }
            Instant end = endOfDay(item.due(), zone);
            if (now.isAfter(end)) {
                out.warning(Rule.ACTION_ITEM_OVERDUE, pm.positions().key(item.pointer() + "/id"), "action item '"
                        + item.id() + "' (" + item.status().id() + ") was due " + item.due() + " and is "
                        + human(Duration.between(end, now)) + " overdue; finish it and set status: done with a "
                        + "completed date, or agree on a new due date");
            }
        }
    }

    /** The end of {@code day} in {@code zone}: the start of the next day. */
    static Instant endOfDay(LocalDate day, ZoneId zone) {
        return day.plusDays(1).atStartOfDay(zone).toInstant();
    }
}
