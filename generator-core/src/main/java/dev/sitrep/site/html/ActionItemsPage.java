package dev.sitrep.site.html;

import java.util.List;
import java.util.Objects;

/**
 * Every action item of the published postmortems, {@code action-items/index.html}: the completion figures against
 * the target, the items by state (each by due date), and the counts per owner.
 */
public record ActionItemsPage(Layout layout, String total, List<Figure> figures, List<ActionItemGroup> groups,
                              List<OwnerRow> owners) {

    public ActionItemsPage {
        Objects.requireNonNull(layout, "layout");
        Objects.requireNonNull(total, "total");
        figures = List.copyOf(figures);
        groups = List.copyOf(groups);
        owners = List.copyOf(owners);
    }
}
