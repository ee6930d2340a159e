package dev.sitrep.site.html;

import java.util.Objects;

/**
 * A component on the status page: its current status and its uptime over the full window ({@code uptime}) and over the
 * last {@link StatusPageBuilder#SHORT_UPTIME_DAYS} days ({@code recentUptime}, shown instead on narrow screens).
 */
public record ComponentView(String id, String name, String href, String description, Badge status, UptimeBar uptime,
                            UptimeBar recentUptime) {

    public ComponentView {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(href, "href");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(uptime, "uptime");
        Objects.requireNonNull(recentUptime, "recentUptime");
    }
}
