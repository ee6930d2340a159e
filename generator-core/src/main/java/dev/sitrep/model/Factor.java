package dev.sitrep.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A contributing factor of the team's taxonomy ({@code postmortem.factors} in {@code sitrep.yaml}), which published
 * postmortems name in their {@code factors} so that causes can be counted across postmortems.
 */
public record Factor(String id, String name, Optional<String> description) {

    public Factor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
    }
}
