package dev.sitrep.model;

/** The Statuspage impact of an incident: how bad it is overall. Ordered from least to worst. */
public enum Impact {
    NONE("none"), MINOR("minor"), MAJOR("major"), CRITICAL("critical");

    private final String id;

    Impact(String id) {
        this.id = id;
    }

    /** The word used in files and in the Statuspage API. */
    public String id() {
        return id;
    }

    /** The worse of two impacts. */
    public Impact worst(Impact other) {
        return other.compareTo(this) > 0 ? other : this;
    }
}
