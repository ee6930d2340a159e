package dev.sitrep.site.html;

import java.util.List;
import java.util.Objects;

/**
 * A 90-day uptime bar: one mark per day, oldest first; {@code percent} over the whole window; {@code label} the text
 * alternative of the whole bar.
 */
public record UptimeBar(String percent, String label, String width, String height, String barWidth, List<BarDay> days,
                        String from) {

    public UptimeBar {
        Objects.requireNonNull(percent, "percent");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(width, "width");
        Objects.requireNonNull(height, "height");
        Objects.requireNonNull(barWidth, "barWidth");
        days = List.copyOf(days);
        Objects.requireNonNull(from, "from");
    }
}
