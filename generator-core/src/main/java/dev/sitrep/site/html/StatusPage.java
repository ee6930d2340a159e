package dev.sitrep.site.html;

import java.util.List;
import java.util.Objects;

/**
 * The status page, {@code index.html}: the overall banner, active incidents with all their updates, maintenance, the
 * components with their uptime, the recent incidents, and the overall status badge to embed elsewhere.
 */
public record StatusPage(Layout layout, Badge banner, String bannerDetail, List<IncidentCard> active,
                         List<MaintenanceView> activeMaintenance, List<MaintenanceView> upcomingMaintenance,
                         List<ComponentGroupView> groups, String uptimeDays, String recentUptimeDays, List<IncidentCard> recent,
                         String recentSince, List<BadgeEmbed> badges) {

    public StatusPage {
        Objects.requireNonNull(layout, "layout");
        Objects.requireNonNull(banner, "banner");
        Objects.requireNonNull(bannerDetail, "bannerDetail");
        active = List.copyOf(active);
        activeMaintenance = List.copyOf(activeMaintenance);
        upcomingMaintenance = List.copyOf(upcomingMaintenance);
        groups = List.copyOf(groups);
        Objects.requireNonNull(uptimeDays, "uptimeDays");
        Objects.requireNonNull(recentUptimeDays, "recentUptimeDays");
        recent = List.copyOf(recent);
        Objects.requireNonNull(recentSince, "recentSince");
        badges = List.copyOf(badges);
    }
}
