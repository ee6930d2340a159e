package dev.sitrep.site.html;

import java.util.List;
import java.util.Objects;

/** A group of components (in configuration order); {@code name} is empty for the components without a group. */
public record ComponentGroupView(String name, Badge status, String uptime, List<ComponentView> components) {

    public ComponentGroupView {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(uptime, "uptime");
        components = List.copyOf(components);
    }
}
