package dev.sitrep.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A tracked follow-up from a postmortem.
 *
 * @param pointer where the item stands in its postmortem's front matter ({@code /actionItems/2})
 */
public record ActionItem(String id, String title, String owner, Priority priority, Optional<ActionType> type,
                         LocalDate due, ActionStatus status, Optional<LocalDate> completed, Optional<String> link,
                         String pointer) {

    public ActionItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(completed, "completed");
        Objects.requireNonNull(link, "link");
        Objects.requireNonNull(pointer, "pointer");
    }
}
