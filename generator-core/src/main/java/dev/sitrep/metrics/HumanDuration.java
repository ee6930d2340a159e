package dev.sitrep.metrics;

import java.time.Duration;

/**
 * Formats durations for people: the two largest non-zero units of days, hours, minutes and seconds, as in
 * {@code 3d 4h}, {@code 1h 25m}, {@code 22m}, {@code 45s}. Smaller units are truncated, not rounded
 * ({@code 1h 25m 59s} is {@code 1h 25m}); zero is {@code 0m}; a negative duration gets a leading {@code -}.
 */
public final class HumanDuration {

    private static final long[] UNITS = {86_400, 3_600, 60, 1};
    private static final String[] SUFFIXES = {"d", "h", "m", "s"};

    private HumanDuration() {
    }

    public static String format(Duration duration) {
        if (duration.isNegative()) {
            return "-" + format(duration.negated());
        }
        long seconds = duration.getSeconds();
        StringBuilder out = new StringBuilder();
        int shown = 0;
        for (int u = 0; u < UNITS.length && shown < 2; u++) {
            long value = seconds / UNITS[u];
            seconds %= UNITS[u];
            if (value > 0) {
                if (shown > 0) {
                    out.append(' ');
                }
                out.append(value).append(SUFFIXES[u]);
                shown++;
            } else if (shown > 0) {
                break; // "3d 4h" but "3d", never "3d 0h 5m"
            }
        }
        return shown == 0 ? "0m" : out.toString();
    }
}
