package dev.sitrep.metrics;

import dev.sitrep.model.Incident;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A required postmortem's deadline, and where the postmortem stands against it.
 *
 * @param due      {@code resolved + dueWithin}
 * @param overrun  how late: {@code published - due} when {@link PostmortemTimeliness#LATE}, {@code now - due} when
 *                 {@link PostmortemTimeliness#OVERDUE}, else empty
 */
public record PostmortemDeadline(Incident incident, Instant due, PostmortemTimeliness timeliness,
                              Optional<Duration> overrun) {

    public PostmortemDeadline {
        Objects.requireNonNull(incident, "incident");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(timeliness, "timeliness");
        Objects.requireNonNull(overrun, "overrun");
    }
}
