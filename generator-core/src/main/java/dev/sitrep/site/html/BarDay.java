package dev.sitrep.site.html;

import java.util.Objects;

/**
 * One day of an uptime bar: its position in the SVG, its colour by downtime ({@code day-${tone.cssClass}}) and the
 * tooltip with its figures.
 */
public record BarDay(String x, Tone tone, String title) {

    public BarDay {
        Objects.requireNonNull(x, "x");
        Objects.requireNonNull(tone, "tone");
        Objects.requireNonNull(title, "title");
    }
}
