package dev.sitrep.site.html;

import java.util.Objects;

/** A required postmortem that was late or is overdue, for the metrics page. */
public record PostmortemRow(String incidentTitle, String incidentHref, Badge timeliness, Stamp due, String overrun) {

    public PostmortemRow {
        Objects.requireNonNull(incidentTitle, "incidentTitle");
        Objects.requireNonNull(incidentHref, "incidentHref");
        Objects.requireNonNull(timeliness, "timeliness");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(overrun, "overrun");
    }
}
