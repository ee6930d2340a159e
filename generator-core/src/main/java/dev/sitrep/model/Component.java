package dev.sitrep.model;

import java.util.Objects;
import java.util.Optional;

/** A part of the service whose status the site shows, from {@code sitrep.yaml}. */
public record Component(String id, String name, Optional<String> group, Optional<String> description) {

    public Component {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(description, "description");
    }
}
