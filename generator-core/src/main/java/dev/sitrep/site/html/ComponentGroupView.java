package dev.sitrep.site.html;

import java.util.List;
import java.util.Objects;

/**
 * A group of components (in configuration order); {@code name} is empty for the components without a group.
 * {@code showStatus} when the group is not operational: its worst member's status is then shown beside its name;
 * {@code uptime} and {@code recentUptime} are over the full and the short window.
 */
public record ComponentGroupView(String name, Badge status, boolean showStatus, String uptime, String recentUptime,
                                 List<ComponentView> components) {

    public ComponentGroupView {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(uptime, "uptime");
        Objects.requireNonNull(recentUptime, "recentUptime");
        components = List.copyOf(components);
    }
}
