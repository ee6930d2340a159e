package dev.sitrep.author;

import java.util.Objects;
import java.util.Optional;

/**
 * What a person asks for when opening an incident, as typed: {@link IncidentFactory} checks every value against
 * {@code sitrep.yaml}.
 *
 * @param title        what is wrong, as customers should read it
 * @param severity     a severity id of {@code sitrep.yaml} ({@code P1})
 * @param components   affected components and their impact: {@code api:partial_outage,checkout:major_outage}
 * @param message      the first update's text; default: we are investigating problems with the components
 * @param commander    the incident commander
 * @param id           the incident id; default: the detection date and the title's slug
 * @param started      when impact began, if known to be earlier than detection ({@code now} or an ISO instant)
 * @param detected     when the problem was detected (an alert, a report); default: now
 * @param acknowledged when someone took it on; default: now, since opening the incident acknowledges it
 */
public record NewIncident(String title, String severity, String components, Optional<String> message,
                          Optional<String> commander, Optional<String> id, Optional<String> started,
                          Optional<String> detected, Optional<String> acknowledged) {

    public NewIncident {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(components, "components");
        message = blankToEmpty(message);
        commander = blankToEmpty(commander);
        id = blankToEmpty(id);
        started = blankToEmpty(started);
        detected = blankToEmpty(detected);
        acknowledged = blankToEmpty(acknowledged);
    }

    /** An incident with only the required values. */
    public static NewIncident of(String title, String severity, String components) {
        return new NewIncident(title, severity, components, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty());
    }

    private static Optional<String> blankToEmpty(Optional<String> value) {
        Objects.requireNonNull(value, "optional values are Optional.empty(), never null");
        return value.map(String::strip).filter(s -> !s.isEmpty());
    }
}
