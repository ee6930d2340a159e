package dev.sitrep.metrics;

/** Where a required postmortem stands against its due time ({@code resolved + dueWithin}). */
public enum PostmortemTimeliness {
    /** Published by its due time. */
    ON_TIME("on-time", "On time"),
    /** Published after its due time. */
    LATE("late", "Late"),
    /** Not published (missing or draft) and past its due time. */
    OVERDUE("overdue", "Overdue"),
    /** Not published (missing or draft) and not due yet. */
    PENDING("pending", "Not due yet");

    private final String id;
    private final String label;

    PostmortemTimeliness(String id, String label) {
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
