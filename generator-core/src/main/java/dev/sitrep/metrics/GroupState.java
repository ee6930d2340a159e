package dev.sitrep.metrics;

import java.util.List;
import java.util.Objects;

/**
 * A named group of components with its status at {@code now}: the worst status of its members.
 *
 * @param components the members in configuration order
 */
public record GroupState(String name, ComponentStatus status, List<ComponentState> components) {

    public GroupState {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(status, "status");
        components = List.copyOf(components);
        if (components.isEmpty()) {
            throw new IllegalArgumentException("a group has at least one component: " + name);
        }
    }
}
