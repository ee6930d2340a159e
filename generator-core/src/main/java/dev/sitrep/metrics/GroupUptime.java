package dev.sitrep.metrics;

import java.util.List;
import java.util.Objects;

/**
 * Uptime of a named group of components: per day and overall, the mean of its components' figures (as the contract
 * defines it); the worst impact and the incidents of a day are those of any member.
 */
public record GroupUptime(String name, List<String> componentIds, List<UptimeDay> days, double percent) {

    public GroupUptime {
        Objects.requireNonNull(name, "name");
        componentIds = List.copyOf(componentIds);
        days = List.copyOf(days);
    }
}
