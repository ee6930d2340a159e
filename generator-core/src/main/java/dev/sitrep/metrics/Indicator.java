package dev.sitrep.metrics;

import dev.sitrep.model.Impact;

/**
 * The overall status of the page, {@code status.indicator} of the Statuspage API, with Statuspage's description.
 * The incident indicators are ordered from least to worst; {@link #MAINTENANCE} only applies when no incident does.
 */
public enum Indicator {
    NONE("none", "All Systems Operational"),
    MINOR("minor", "Minor Service Outage"),
    MAJOR("major", "Partial System Outage"),
    CRITICAL("critical", "Major System Outage"),
    MAINTENANCE("maintenance", "Service Under Maintenance");

    private final String id;
    private final String description;

    Indicator(String id, String description) {
        this.id = id;
        this.description = description;
    }

    /** The Statuspage API word, e.g. {@code major}. */
    public String id() {
        return id;
    }

    /** The sentence Statuspage shows for it, e.g. {@code Partial System Outage}. */
    public String description() {
        return description;
    }

    /** The indicator of an incident impact. */
    public static Indicator of(Impact impact) {
        switch (impact) {
            case NONE:
                return NONE;
            case MINOR:
                return MINOR;
            case MAJOR:
                return MAJOR;
            case CRITICAL:
                return CRITICAL;
            default:
                throw new IllegalArgumentException("unknown impact " + impact);
        }
    }
}
