package dev.sitrep.model;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * Durations and instants as people read them in findings and on pages: {@code 3d 4h}, {@code 20h 8m}, {@code 22m},
 * {@code 40s}, {@code 2026-11-05T15:40:00Z}.
 */
public final class Durations {

    private Durations() {
    }

    /**
     * A duration in its two largest units that are not zero, rounded down: {@code 3d 4h}, {@code 20h 8m},
     * {@code 22m}, {@code 2d}, {@code 1d 6m}; seconds only show under a minute or beside a single larger unit
     * ({@code 45s}, {@code 1h 30s}), so that a value just over a target never reads the same as the target.
     * {@code 0s} for zero; a negative duration gets a leading {@code -}.
     */
    public static String human(Duration duration) {
        Objects.requireNonNull(duration, "duration");
        if (duration.isNegative()) {
            return "-" + human(duration.negated());
        }
        long seconds = duration.getSeconds();
        long[] amounts = {seconds / 86_400, seconds % 86_400 / 3_600, seconds % 3_600 / 60, seconds % 60};
        String[] units = {"d", "h", "m", "s"};
        StringBuilder out = new StringBuilder();
        int shown = 0;
        for (int i = 0; i < amounts.length && shown < 2; i++) {
            if (amounts[i] > 0) {
                out.append(shown == 0 ? "" : " ").append(amounts[i]).append(units[i]);
                shown++;
            }
        }
        return shown == 0 ? "0s" : out.toString();
    }

    /** An instant in UTC, to the second: {@code 2026-11-05T15:40:00Z}. */
    public static String instant(Instant instant) {
        Objects.requireNonNull(instant, "instant");
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
