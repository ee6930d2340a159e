package dev.sitrep.site.html;

import java.util.Objects;

/** One calendar month of a component's uptime, as its table shows it: {@code 99.95%}, {@code 21m}, {@code 2}. */
public record UptimeMonthRow(Stamp month, String uptime, String downtime, String incidents) {

    public UptimeMonthRow {
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(uptime, "uptime");
        Objects.requireNonNull(downtime, "downtime");
        Objects.requireNonNull(incidents, "incidents");
    }
}
