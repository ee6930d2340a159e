package dev.sitrep.site.html;

import java.util.Objects;

/**
 * An incident named on another page: its title, the relative link to its page and the date it was detected. An id
 * that is not an incident of the repository is shown as written, with an empty {@code href} and {@code detected}.
 */
public record IncidentLink(String title, String href, Stamp detected) {

    public IncidentLink {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(href, "href");
        Objects.requireNonNull(detected, "detected");
    }
}
