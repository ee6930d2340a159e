package dev.sitrep.model;

import java.util.Objects;

/** A component an incident affects, and how. */
public record AffectedComponent(String componentId, ComponentImpact impact) {

    public AffectedComponent {
        Objects.requireNonNull(componentId, "componentId");
        Objects.requireNonNull(impact, "impact");
    }
}
