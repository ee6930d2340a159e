package dev.sitrep.site.html;

import java.util.Objects;

/** A component on the status page: its current status and its uptime. */
public record ComponentView(String id, String name, String description, Badge status, UptimeBar uptime) {

    public ComponentView {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(uptime, "uptime");
    }
}
