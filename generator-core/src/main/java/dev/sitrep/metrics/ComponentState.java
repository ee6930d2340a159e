package dev.sitrep.metrics;

import dev.sitrep.model.Component;

import java.util.List;
import java.util.Objects;

/**
 * A component with its status at {@code now}.
 *
 * @param incidentIds    the unresolved incidents that affect it, sorted by id
 * @param maintenanceIds the active maintenances that include it, sorted by id
 */
public record ComponentState(Component component, ComponentStatus status, List<String> incidentIds,
                             List<String> maintenanceIds) {

    public ComponentState {
        Objects.requireNonNull(component, "component");
        Objects.requireNonNull(status, "status");
        incidentIds = List.copyOf(incidentIds);
        maintenanceIds = List.copyOf(maintenanceIds);
    }
}
