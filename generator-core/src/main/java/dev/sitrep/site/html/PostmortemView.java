package dev.sitrep.site.html;

import java.util.List;
import java.util.Objects;

/**
 * The postmortem part of an incident page. When {@code published}, the page shows the postmortem: {@code html} (the
 * sanitised body), {@code authors}, {@code publishedAt}, {@code lateness}, {@code factors} (only when a taxonomy is
 * declared) and {@code actionItems}. Otherwise it shows
 * {@code notice} when there is anything to say (a draft in progress, a postmortem pending or {@code overdue}); {@code
 * shown} is false when there is nothing to say at all.
 */
public record PostmortemView(boolean shown, boolean published, boolean overdue, String notice, String html,
                             String authors, Stamp publishedAt, String lateness, List<FactorView> factors,
                             List<ActionItemView> actionItems) {

    public PostmortemView {
        Objects.requireNonNull(notice, "notice");
        Objects.requireNonNull(html, "html");
        Objects.requireNonNull(authors, "authors");
        Objects.requireNonNull(publishedAt, "publishedAt");
        Objects.requireNonNull(lateness, "lateness");
        factors = List.copyOf(factors);
        actionItems = List.copyOf(actionItems);
        if (published && overdue || (published || overdue) && !shown) {
            throw new IllegalArgumentException("a shown postmortem is published or not, overdue only when not published");
        }
    }

    /** The section of an incident without a postmortem and without any due. */
    static final PostmortemView NONE = new PostmortemView(false, false, false, "", "", "", Stamp.NONE, "", List.of(),
            List.of());

    /** The notice of a postmortem that is not published. */
    static PostmortemView notice(boolean overdue, String notice) {
        return new PostmortemView(true, false, overdue, notice, "", "", Stamp.NONE, "", List.of(), List.of());
    }
}
