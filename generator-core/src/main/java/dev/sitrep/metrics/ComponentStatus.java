package dev.sitrep.metrics;

import dev.sitrep.model.ComponentImpact;

/**
 * The current status of a component, with the Statuspage API ids. Ordered from best to worst, so that the worst of
 * several statuses is the greatest.
 */
public enum ComponentStatus {
    OPERATIONAL("operational", "Operational", Indicator.NONE),
    UNDER_MAINTENANCE("under_maintenance", "Under maintenance", Indicator.MAINTENANCE),
    DEGRADED_PERFORMANCE("degraded_performance", "Degraded performance", Indicator.MINOR),
    PARTIAL_OUTAGE("partial_outage", "Partial outage", Indicator.MAJOR),
    MAJOR_OUTAGE("major_outage", "Major outage", Indicator.CRITICAL);

    private final String id;
    private final String label;
    private final Indicator indicator;

    ComponentStatus(String id, String label, Indicator indicator) {
        this.id = id;
        this.label = label;
        this.indicator = indicator;
    }

    /** The Statuspage API word, e.g. {@code partial_outage}. */
    public String id() {
        return id;
    }

    /** A human label, e.g. {@code Partial outage}. */
    public String label() {
        return label;
    }

    /**
     * The page indicator this status rolls up to: degraded performance is minor, partial outage major, major outage
     * critical, under maintenance is maintenance, operational is none.
     */
    public Indicator indicator() {
        return indicator;
    }

    /** Whether this is an outage or degradation caused by an incident. */
    public boolean isIncident() {
        return this == DEGRADED_PERFORMANCE || this == PARTIAL_OUTAGE || this == MAJOR_OUTAGE;
    }

    /** The status that an incident's impact on a component gives it. */
    public static ComponentStatus of(ComponentImpact impact) {
        switch (impact) {
            case DEGRADED_PERFORMANCE:
                return DEGRADED_PERFORMANCE;
            case PARTIAL_OUTAGE:
                return PARTIAL_OUTAGE;
            case MAJOR_OUTAGE:
                return MAJOR_OUTAGE;
            default:
                throw new IllegalArgumentException("unknown impact " + impact);
        }
    }

    /** The worse of two statuses. */
    public ComponentStatus worst(ComponentStatus other) {
        return other.compareTo(this) > 0 ? other : this;
    }
}
