package dev.sitrep.site.html;

import java.util.List;
import java.util.Objects;

/**
 * The page of one component, {@code components/<id>/index.html}: its current status, the 90-day bar, its uptime per
 * calendar month, every incident that affected it (newest first, with the impact on it), its maintenance, and its
 * feeds, calendar and badges.
 *
 * @param group        the group's name; empty when the component has none
 * @param months       the monthly uptime, newest first (the chart shows them oldest first)
 * @param incidentCount {@code 12 incidents}
 * @param subscriptions the component's feeds and calendar, relative to the page
 * @param badges       the badges to embed, with their snippets
 */
public record ComponentPage(Layout layout, String id, String name, String group, String description, Badge status,
                            UptimeBar uptime, Chart uptimeChart, List<UptimeMonthRow> months, String incidentCount,
                            List<ComponentIncidentRow> incidents, List<MaintenanceView> activeMaintenance,
                            List<MaintenanceView> upcomingMaintenance, List<MaintenanceView> pastMaintenance,
                            List<LinkView> subscriptions, List<BadgeEmbed> badges) {

    public ComponentPage {
        Objects.requireNonNull(layout, "layout");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(uptime, "uptime");
        Objects.requireNonNull(uptimeChart, "uptimeChart");
        months = List.copyOf(months);
        Objects.requireNonNull(incidentCount, "incidentCount");
        incidents = List.copyOf(incidents);
        activeMaintenance = List.copyOf(activeMaintenance);
        upcomingMaintenance = List.copyOf(upcomingMaintenance);
        pastMaintenance = List.copyOf(pastMaintenance);
        subscriptions = List.copyOf(subscriptions);
        badges = List.copyOf(badges);
    }
}
