package dev.sitrep.metrics;

import java.util.List;
import java.util.Objects;

/**
 * Uptime of one component over the uptime window.
 *
 * @param days    one entry per calendar day, oldest first, ending with today
 * @param percent {@code 100 * (1 - total downtime minutes / total counted minutes)} over the window
 */
public record ComponentUptime(String componentId, List<UptimeDay> days, double percent) {

    public ComponentUptime {
        Objects.requireNonNull(componentId, "componentId");
        days = List.copyOf(days);
    }
}
