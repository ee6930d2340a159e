package dev.sitrep.model;

/** How soon an action item must be done, as in the postmortem template. */
public enum Priority {
    IMMEDIATE("immediate", "Immediate"), SHORT_TERM("short-term", "Short-term"), LONG_TERM("long-term", "Long-term");

    private final String id;
    private final String label;

    Priority(String id, String label) {
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
