package dev.sitrep.site.html;

import java.util.List;
import java.util.Objects;

/** The incidents of one month, newest first. */
public record MonthGroup(Stamp month, List<IncidentCard> incidents) {

    public MonthGroup {
        Objects.requireNonNull(month, "month");
        incidents = List.copyOf(incidents);
    }
}
