package dev.sitrep.site.html;

import java.util.Objects;

/**
 * An incident as a component's page lists it, one table row: a compact line, because a component of a large
 * repository has thousands. {@code impact} is the impact on this component, not the incident's overall impact.
 */
public record ComponentIncidentRow(String href, String title, Stamp started, String duration, Badge impact,
                                   Badge status, Badge severity) {

    public ComponentIncidentRow {
        Objects.requireNonNull(href, "href");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(started, "started");
        Objects.requireNonNull(duration, "duration");
        Objects.requireNonNull(impact, "impact");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(severity, "severity");
    }
}
