package dev.sitrep.site.html;

import java.util.Objects;

/** An action item as the pages list it, linked to its incident (and tracker, when {@code link} is not empty). */
public record ActionItemView(String id, String title, String link, String owner, String priority, String type,
                             Stamp due, Badge status, boolean overdue, Stamp completed, String incidentTitle,
                             String incidentHref) {

    public ActionItemView {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(link, "link");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(completed, "completed");
        Objects.requireNonNull(incidentTitle, "incidentTitle");
        Objects.requireNonNull(incidentHref, "incidentHref");
    }
}
