package dev.sitrep.metrics;

import dev.sitrep.model.Incident;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A required postmortem's standing.
 *
 * @param due      {@code resolved + dueWithin}
 * @param overrun  how late: {@code published - due} when {@link PostmortemTimeliness#LATE}, {@code now - due} when
 *                 {@link PostmortemTimeliness#OVERDUE}, else empty
 */
public record PostmortemState(Incident incident, Instant due, PostmortemTimeliness timeliness,
                              Optional<Duration> overrun) {

    public PostmortemState {
        Objects.requireNonNull(incident, "incident");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(timeliness, "timeliness");
        Objects.requireNonNull(overrun, "overrun");
    }
}
