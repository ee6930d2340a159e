package dev.sitrep.site.html;

import java.util.Objects;

/** A component an incident affects, with the impact on it. */
public record ComponentImpactView(ComponentLink component, Badge impact) {

    public ComponentImpactView {
        Objects.requireNonNull(component, "component");
        Objects.requireNonNull(impact, "impact");
    }
}
