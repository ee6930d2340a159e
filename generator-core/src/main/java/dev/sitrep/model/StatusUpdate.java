package dev.sitrep.model;

import java.time.Instant;
import java.util.Objects;

/** One status update of an incident, as posted to the status page. */
public record StatusUpdate(Instant at, IncidentStatus status, String message) {

    public StatusUpdate {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(message, "message");
    }
}
