package dev.sitrep.site.html;

import java.util.List;
import java.util.Objects;

/** A titled list of action items (overdue, open, done, won't do). */
public record ActionItemGroup(String id, String title, String description, List<ActionItemView> items) {

    public ActionItemGroup {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        items = List.copyOf(items);
    }
}
