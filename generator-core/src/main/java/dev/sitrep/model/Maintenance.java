package dev.sitrep.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** A scheduled maintenance, {@code maintenance/<id>.yaml}. */
public record Maintenance(String id, String file, String title, List<String> components, Instant scheduledStart,
                          Instant scheduledEnd, List<MaintenanceUpdate> updates, Positions positions) {

    public Maintenance {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(title, "title");
        components = List.copyOf(components);
        Objects.requireNonNull(scheduledStart, "scheduledStart");
        Objects.requireNonNull(scheduledEnd, "scheduledEnd");
        updates = List.copyOf(updates);
        Objects.requireNonNull(positions, "positions");
    }

    /** The latest status: the last update's, else {@code scheduled}. */
    public MaintenanceStatus status() {
        return updates.isEmpty() ? MaintenanceStatus.SCHEDULED : updates.get(updates.size() - 1).status();
    }

    /**
     * Whether the maintenance is under way at {@code now}: its last update says in progress or verifying
     * (it may overrun its window), or it is within its window and not completed.
     */
    public boolean isActive(Instant now) {
        MaintenanceStatus status = status();
        if (status == MaintenanceStatus.IN_PROGRESS || status == MaintenanceStatus.VERIFYING) {
            return true;
        }
        return status == MaintenanceStatus.SCHEDULED && !now.isBefore(scheduledStart) && now.isBefore(scheduledEnd);
    }

    /** Whether the maintenance has not started yet at {@code now}. */
    public boolean isUpcoming(Instant now) {
        return now.isBefore(scheduledStart) && status() != MaintenanceStatus.COMPLETED;
    }
}
