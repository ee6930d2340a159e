package dev.sitrep.metrics;

import java.util.List;
import java.util.Objects;

/**
 * Uptime of one component per calendar month over the last {@value Uptime#MONTHS} months, oldest first, the current
 * month (up to {@code now}) last.
 */
public record MonthlyUptime(String componentId, List<UptimeMonth> months) {

    public MonthlyUptime {
        Objects.requireNonNull(componentId, "componentId");
        months = List.copyOf(months);
    }
}
