package dev.sitrep.model;

/** The status of an incident update, as on every status page. */
public enum IncidentStatus {
    INVESTIGATING("investigating", "Investigating"),
    IDENTIFIED("identified", "Identified"),
    MONITORING("monitoring", "Monitoring"),
    RESOLVED("resolved", "Resolved");

    private final String id;
    private final String label;

    IncidentStatus(String id, String label) {
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
