package dev.sitrep.site.html;

/** Where an incident's postmortem stands, as its page and the incident lists say it. */
enum PostmortemStage {
    /** Published: its page shows it. */
    PUBLISHED("published", "Postmortem published"),
    /** Required, due, and not published (missing or a draft). */
    OVERDUE("overdue", "Postmortem overdue"),
    /** A draft that is not overdue: not shown, only announced. */
    IN_PROGRESS("in-progress", "Postmortem in progress"),
    /** Required, not written yet, and not due yet. */
    PENDING("pending", "Postmortem pending"),
    /** None required and none written (or the incident is still open). */
    NONE("none", "");

    private final String id;
    private final String note;

    PostmortemStage(String id, String note) {
        this.id = id;
        this.note = note;
    }

    /** The word templates test ({@code page.postmortem.state == "published"}). */
    String id() {
        return id;
    }

    /** The short note incident lists show; empty for {@link #NONE}. */
    String note() {
        return note;
    }
}
