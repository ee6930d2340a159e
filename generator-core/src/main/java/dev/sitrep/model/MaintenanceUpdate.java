package dev.sitrep.model;

import java.time.Instant;
import java.util.Objects;

/** One update of a scheduled maintenance. */
public record MaintenanceUpdate(Instant at, MaintenanceStatus status, String message) {

    public MaintenanceUpdate {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(message, "message");
    }
}
