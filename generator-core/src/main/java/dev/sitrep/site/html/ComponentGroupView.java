package dev.sitrep.site.html;

import java.util.List;
import java.util.Objects;

/**
 * A group of components (in configuration order); {@code name} is empty for the components without a group.
 * {@code showStatus} when the group is not operational: its worst member's status is then shown beside its name.
 */
public record ComponentGroupView(String name, Badge status, boolean showStatus, String uptime,
                                 List<ComponentView> components) {

    public ComponentGroupView {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(uptime, "uptime");
        components = List.copyOf(components);
    }
}
