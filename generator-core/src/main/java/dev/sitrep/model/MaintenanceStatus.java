package dev.sitrep.model;

/** The status of a scheduled-maintenance update. */
public enum MaintenanceStatus {
    SCHEDULED("scheduled", "Scheduled"),
    IN_PROGRESS("in_progress", "In progress"),
    VERIFYING("verifying", "Verifying"),
    COMPLETED("completed", "Completed");

    private final String id;
    private final String label;

    MaintenanceStatus(String id, String label) {
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
