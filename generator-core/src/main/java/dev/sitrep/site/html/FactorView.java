package dev.sitrep.site.html;

import java.util.Objects;

/**
 * A contributing factor as the pages name it: its name from the taxonomy and its description (empty when none); an id
 * the taxonomy does not declare is shown as written, without a description.
 */
public record FactorView(String id, String name, String description) {

    public FactorView {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
    }
}
