package dev.sitrep.metrics;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * Uptime of every component and group over the last days up to {@code now}.
 *
 * @param dates      the calendar days of the window in {@code zone}, oldest first, ending with today
 * @param components in configuration order
 * @param groups     named groups in order of first use
 */
public record UptimeReport(ZoneId zone, List<LocalDate> dates, List<ComponentUptime> components,
                           List<GroupUptime> groups) {

    public UptimeReport {
        Objects.requireNonNull(zone, "zone");
        dates = List.copyOf(dates);
        components = List.copyOf(components);
        groups = List.copyOf(groups);
    }

    public ComponentUptime component(String id) {
        return components.stream().filter(c -> c.componentId().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown component " + id));
    }

    public GroupUptime group(String name) {
        return groups.stream().filter(g -> g.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown group " + name));
    }
}
