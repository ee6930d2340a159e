package dev.sitrep.model;

/** How an incident affects one component. Ordered from least to worst. */
public enum ComponentImpact {
    DEGRADED_PERFORMANCE("degraded_performance", "Degraded performance", Impact.MINOR, 0.0),
    PARTIAL_OUTAGE("partial_outage", "Partial outage", Impact.MAJOR, 0.3),
    MAJOR_OUTAGE("major_outage", "Major outage", Impact.CRITICAL, 1.0);

    private final String id;
    private final String label;
    private final Impact impact;
    private final double downtimeWeight;

    ComponentImpact(String id, String label, Impact impact, double downtimeWeight) {
        this.id = id;
        this.label = label;
        this.impact = impact;
        this.downtimeWeight = downtimeWeight;
    }

    /** The word used in files and as a Statuspage component status. */
    public String id() {
        return id;
    }

    /** A human label. */
    public String label() {
        return label;
    }

    /** The Statuspage indicator this component status rolls up to. */
    public Impact impact() {
        return impact;
    }

    /** The share of a minute in this state that counts as downtime for uptime figures. */
    public double downtimeWeight() {
        return downtimeWeight;
    }
}
