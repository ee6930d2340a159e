package dev.sitrep.site.html;

import java.util.Objects;

/**
 * A repeat incident on the metrics page: the later incident, the earlier one it repeats, the factor and the component
 * they share, and whether the later one lists the earlier one in its {@code related}.
 */
public record RepeatRow(IncidentLink incident, IncidentLink earlier, FactorView factor, ComponentLink component,
                        Badge acknowledgement) {

    public RepeatRow {
        Objects.requireNonNull(incident, "incident");
        Objects.requireNonNull(earlier, "earlier");
        Objects.requireNonNull(factor, "factor");
        Objects.requireNonNull(component, "component");
        Objects.requireNonNull(acknowledgement, "acknowledgement");
    }
}
