package dev.sitrep.metrics;

/** Where an action item stands at {@code now}. */
public enum ActionItemState {
    /** Open or in progress, and not past its due date. */
    OPEN("open", "Open"),
    /** Open or in progress after the end of its due date (in the site's time zone). */
    OVERDUE("overdue", "Overdue"),
    DONE("done", "Done"),
    WONT_DO("wont-do", "Won't do");

    private final String id;
    private final String label;

    ActionItemState(String id, String label) {
        this.id = id;
        this.label = label;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }
}
