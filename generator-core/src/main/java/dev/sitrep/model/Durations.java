package dev.sitrep.model;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * Durations and instants as people read them in findings and on pages: {@code 3d 4h}, {@code 20h 8m}, {@code 22m},
 * {@code 2026-11-05T15:40:00Z}.
 */
public final class Durations {

    private Durations() {
    }

    /**
     * A duration in its two largest units, rounded down: {@code 3d 4h}, {@code 20h 8m}, {@code 22m}; {@code 45s}
     * under a minute; {@code 0m} for zero. A unit that is zero after the first is left out ({@code 2d}, {@code 1h}).
     * A negative duration gets a leading {@code -}.
     */
    public static String human(Duration duration) {
        Objects.requireNonNull(duration, "duration");
        if (duration.isNegative()) {
            return "-" + human(duration.negated());
        }
        long seconds = duration.getSeconds();
        long days = seconds / 86_400;
        long hours = seconds % 86_400 / 3_600;
        long minutes = seconds % 3_600 / 60;
        if (days > 0) {
            return hours > 0 ? days + "d " + hours + "h" : days + "d";
        }
        if (hours > 0) {
            return minutes > 0 ? hours + "h " + minutes + "m" : hours + "h";
        }
        if (minutes > 0 || seconds == 0) {
            return minutes + "m";
        }
        return seconds + "s";
    }

    /** An instant in UTC, to the second: {@code 2026-11-05T15:40:00Z}. */
    public static String instant(Instant instant) {
        Objects.requireNonNull(instant, "instant");
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
