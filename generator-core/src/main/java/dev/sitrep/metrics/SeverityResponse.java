package dev.sitrep.metrics;

import dev.sitrep.model.Severity;

import java.util.Objects;

/**
 * Response times of the resolved incidents of one severity.
 *
 * @param resolved        how many incidents of the severity are resolved
 * @param timeToAcknowledge MTTA: acknowledged - detected, against {@code acknowledgeWithin}
 * @param timeToResolve   MTTR: resolved - detected, against {@code resolveWithin}
 * @param timeToDetect    detected - started, only for incidents that give {@code started}; no target
 */
public record SeverityResponse(Severity severity, int resolved, DurationStats timeToAcknowledge,
                               DurationStats timeToResolve, DurationStats timeToDetect) {

    public SeverityResponse {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(timeToAcknowledge, "timeToAcknowledge");
        Objects.requireNonNull(timeToResolve, "timeToResolve");
        Objects.requireNonNull(timeToDetect, "timeToDetect");
    }
}
