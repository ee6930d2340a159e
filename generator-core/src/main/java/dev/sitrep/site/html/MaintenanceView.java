package dev.sitrep.site.html;

import java.util.List;
import java.util.Objects;

/** A scheduled maintenance as the status page shows it; updates newest first. */
public record MaintenanceView(String id, String title, Badge status, Stamp start, Stamp end, List<ComponentLink> components,
                              List<UpdateView> updates) {

    public MaintenanceView {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        components = List.copyOf(components);
        updates = List.copyOf(updates);
    }
}
