package dev.sitrep.site.html;

import dev.sitrep.metrics.ActionItemEntry;
import dev.sitrep.metrics.ActionItemState;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Builds the {@link ActionItemsPage}, {@code action-items/index.html}: the completion figures, every action item of
 * the published postmortems by state, and the counts per owner.
 */
final class ActionItemsPageBuilder {

    static final String PATH = "action-items/index.html";

    private final PagePieces pieces;

    ActionItemsPageBuilder(PagePieces pieces) {
        this.pieces = pieces;
    }

    ActionItemsPage page() {
        Formats formats = pieces.formats();
        // an item becomes overdue once, on the day after it is due, and the page then says so: like an incident's
        // page, it does not show the time of its data, and stays the same file while only the clock moves
        Layout layout = pieces.layout(PATH, formats.text("actionItems.heading"),
                formats.text("actionItems.description", pieces.config().title()), false);
        return new ActionItemsPage(layout,
                formats.count(pieces.metrics().actionItems().items().size(), "actionItems.total"),
                pieces.actionItemFigures(), groups(layout.root()), owners());
    }

    /** Overdue and open items soonest due first; done and won't-do items latest due first. */
    private List<ActionItemGroup> groups(String root) {
        Map<ActionItemState, List<ActionItemView>> byState = new EnumMap<>(ActionItemState.class);
        for (ActionItemState state : ActionItemState.values()) {
            byState.put(state, new ArrayList<>());
        }
        // the report lists items by due date, then id
        for (ActionItemEntry e : pieces.metrics().actionItems().items()) {
            byState.get(e.state()).add(pieces.actionItem(e.item(), e.incident(), root));
        }
        List<ActionItemView> done = new ArrayList<>(byState.get(ActionItemState.DONE));
        Collections.reverse(done);
        List<ActionItemView> wontDo = new ArrayList<>(byState.get(ActionItemState.WONT_DO));
        Collections.reverse(wontDo);
        Formats f = pieces.formats();
        return List.of(
                new ActionItemGroup("overdue", f.text("actionItems.group.overdue"),
                        f.text("actionItems.group.overdue.what"), byState.get(ActionItemState.OVERDUE)),
                new ActionItemGroup("open", f.text("actionItems.group.open"), f.text("actionItems.group.open.what"),
                        byState.get(ActionItemState.OPEN)),
                new ActionItemGroup("done", f.text("actionItems.group.done"), f.text("actionItems.group.done.what"),
                        done),
                new ActionItemGroup("wont-do", f.text("actionItems.group.wontDo"),
                        f.text("actionItems.group.wontDo.what"), wontDo));
    }

    private List<OwnerRow> owners() {
        Map<String, int[]> counts = new TreeMap<>();
        for (ActionItemEntry e : pieces.metrics().actionItems().items()) {
            int[] c = counts.computeIfAbsent(e.item().owner(), o -> new int[ActionItemState.values().length]);
            c[e.state().ordinal()]++;
        }
        List<OwnerRow> rows = new ArrayList<>();
        counts.forEach((owner, c) -> {
            int open = c[ActionItemState.OPEN.ordinal()];
            int overdue = c[ActionItemState.OVERDUE.ordinal()];
            int done = c[ActionItemState.DONE.ordinal()];
            int wontDo = c[ActionItemState.WONT_DO.ordinal()];
            rows.add(new OwnerRow(owner, open, overdue, done, wontDo, open + overdue + done + wontDo));
        });
        return rows;
    }
}
