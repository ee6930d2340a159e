package dev.sitrep.model;

import java.time.Duration;

/** Durations as people write them in incident reviews: {@code 3d 4h}, {@code 20h 8m}, {@code 22m}, {@code 40s}. */
public final class Durations {

    private Durations() {
    }

    /**
     * The duration in its two largest units, rounded down: days and hours from a day on, hours and minutes from an
     * hour on, minutes from a minute on, else seconds. Zero units are left out ({@code 2h}, not {@code 2h 0m}).
     * Negative durations get a leading minus.
     */
    public static String human(Duration d) {
        if (d.isNegative()) {
            return "-" + human(d.negated());
        }
        long days = d.toDays();
        long hours = d.toHoursPart();
        long minutes = d.toMinutesPart();
        if (days > 0) {
            return days + "d" + (hours > 0 ? " " + hours + "h" : "");
        }
        if (hours > 0) {
            return hours + "h" + (minutes > 0 ? " " + minutes + "m" : "");
        }
        if (minutes > 0) {
            return minutes + "m";
        }
        return d.toSecondsPart() + "s";
    }
}
