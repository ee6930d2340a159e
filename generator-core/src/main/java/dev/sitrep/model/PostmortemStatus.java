package dev.sitrep.model;

/** Whether a postmortem is published. */
public enum PostmortemStatus {
    DRAFT("draft"), PUBLISHED("published");

    private final String id;

    PostmortemStatus(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }
}
