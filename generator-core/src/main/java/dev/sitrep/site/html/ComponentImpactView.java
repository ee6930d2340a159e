package dev.sitrep.site.html;

import java.util.Objects;

/** A component an incident affects, with the impact on it. */
public record ComponentImpactView(String name, Badge impact) {

    public ComponentImpactView {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(impact, "impact");
    }
}
