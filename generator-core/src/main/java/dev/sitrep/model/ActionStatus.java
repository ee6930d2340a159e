package dev.sitrep.model;

/** Where an action item stands. */
public enum ActionStatus {
    OPEN("open", "Open"), IN_PROGRESS("in-progress", "In progress"), DONE("done", "Done"), WONT_DO("wont-do", "Won't do");

    private final String id;
    private final String label;

    ActionStatus(String id, String label) {
        this.id = id;
        this.label = label;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    /** Whether the item still needs work: open or in progress. */
    public boolean isPending() {
        return this == OPEN || this == IN_PROGRESS;
    }
}
