package dev.sitrep.site.html;

import java.util.Objects;

/**
 * One day of an uptime bar: its position in the SVG, its colour class ({@code day-ok}, {@code day-minor}, ...) and the
 * tooltip with its figures.
 */
public record BarDay(String x, String cls, String title) {

    public BarDay {
        Objects.requireNonNull(x, "x");
        Objects.requireNonNull(cls, "cls");
        Objects.requireNonNull(title, "title");
    }
}
