package dev.sitrep.model;

import java.util.Objects;

/**
 * An incident that repeats an earlier one: both published postmortems name {@code factorId}, both incidents affect
 * {@code componentId}, and the earlier one was detected within {@link PostmortemPolicy#repeatWithin()} before it.
 *
 * @param acknowledged whether the incident lists the earlier one in its {@code related}
 */
public record Repeat(Incident incident, Incident earlier, String factorId, String componentId, boolean acknowledged) {

    public Repeat {
        Objects.requireNonNull(incident, "incident");
        Objects.requireNonNull(earlier, "earlier");
        Objects.requireNonNull(factorId, "factorId");
        Objects.requireNonNull(componentId, "componentId");
    }
}
