package dev.sitrep.site.html;

import java.util.List;
import java.util.Objects;

/**
 * The page of one incident, {@code incidents/<id>/index.html}; updates newest first. {@code related} are the incidents
 * it lists in its {@code related}, {@code relatedBy} those that list it; both newest first.
 */
public record IncidentPage(Layout layout, String id, String title, Badge severity, Badge status, Badge impact,
                           String commander, List<ComponentImpactView> components, List<TimeRow> times,
                           List<Figure> figures, List<UpdateView> updates, PostmortemView postmortem,
                           List<IncidentLink> related, List<IncidentLink> relatedBy) {

    public IncidentPage {
        Objects.requireNonNull(layout, "layout");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(impact, "impact");
        Objects.requireNonNull(commander, "commander");
        components = List.copyOf(components);
        times = List.copyOf(times);
        figures = List.copyOf(figures);
        updates = List.copyOf(updates);
        Objects.requireNonNull(postmortem, "postmortem");
        related = List.copyOf(related);
        relatedBy = List.copyOf(relatedBy);
    }
}
