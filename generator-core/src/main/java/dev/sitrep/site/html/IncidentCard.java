package dev.sitrep.site.html;

import java.util.List;
import java.util.Objects;

/**
 * An incident as a list shows it (status page, history), linking to its own page; {@code updates} are filled only where
 * the list shows them (active incidents), newest first.
 */
public record IncidentCard(String id, String href, String title, Badge severity, Badge status, Badge impact,
                           Stamp started, Stamp resolved, String duration, List<ComponentImpactView> components,
                           List<UpdateView> updates, String postmortem) {

    public IncidentCard {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(href, "href");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(impact, "impact");
        Objects.requireNonNull(started, "started");
        Objects.requireNonNull(resolved, "resolved");
        Objects.requireNonNull(duration, "duration");
        components = List.copyOf(components);
        updates = List.copyOf(updates);
        Objects.requireNonNull(postmortem, "postmortem");
    }
}
