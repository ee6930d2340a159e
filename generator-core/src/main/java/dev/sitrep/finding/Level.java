package dev.sitrep.finding;

/** How serious a finding is. */
public enum Level {
    ERROR("error"), WARNING("warning");

    private final String id;

    Level(String id) {
        this.id = id;
    }

    /** The word printed in {@code path:line:col: error: message}. */
    public String id() {
        return id;
    }
}
