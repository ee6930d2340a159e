package dev.sitrep.site.html;

import java.util.List;
import java.util.Objects;

/**
 * The postmortem part of an incident page. {@code state} is {@code published}, {@code in-progress} (a draft), {@code
 * pending} (required, not due yet), {@code overdue} (required, due, not published) or {@code none}; {@code html} is the
 * sanitised body, only when published.
 */
public record PostmortemView(String state, String notice, String html, String authors, Stamp published, String lateness,
                             List<ActionItemView> actionItems) {

    public PostmortemView {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(notice, "notice");
        Objects.requireNonNull(html, "html");
        Objects.requireNonNull(authors, "authors");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(lateness, "lateness");
        actionItems = List.copyOf(actionItems);
    }
}
