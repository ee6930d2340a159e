package dev.sitrep.site.html;

import dev.sitrep.metrics.Quarter;
import dev.sitrep.model.Durations;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * How the pages write times, dates, durations and rates: English text in the site's time zone, fixed locale, so that
 * the output never depends on the machine that builds it.
 */
final class Formats {

    /** The language of the built-in pages. */
    static final Locale LOCALE = Locale.ENGLISH;

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm z", LOCALE);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm z", LOCALE);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", LOCALE);
    private static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("EEE d MMM yyyy", LOCALE);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", LOCALE);
    private static final DateTimeFormatter MONTH_SHORT = DateTimeFormatter.ofPattern("MMM", LOCALE);
    private static final DateTimeFormatter ISO_MONTH = DateTimeFormatter.ofPattern("yyyy-MM", Locale.ROOT);
    private static final DateTimeFormatter ISO_OFFSET = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private final ZoneId zone;

    Formats(ZoneId zone) {
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    ZoneId zone() {
        return zone;
    }

    /** An instant as {@code 20 Nov 2026, 13:00 CET} with its ISO form for {@code <time datetime>}. */
    Stamp instant(Instant instant) {
        ZonedDateTime z = instant.atZone(zone).truncatedTo(ChronoUnit.SECONDS);
        return new Stamp(DATE_TIME.format(z), ISO_OFFSET.format(z));
    }

    /** An instant as {@code 13:00 CET}, for an update on the same day as its neighbours. */
    Stamp time(Instant instant) {
        ZonedDateTime z = instant.atZone(zone).truncatedTo(ChronoUnit.SECONDS);
        return new Stamp(TIME.format(z), ISO_OFFSET.format(z));
    }

    /** An optional instant; the empty stamp when absent. */
    Stamp instant(Optional<Instant> instant) {
        return instant.map(this::instant).orElse(Stamp.NONE);
    }

    /** A date as {@code 15 Oct 2026}. */
    Stamp date(LocalDate date) {
        return new Stamp(DATE.format(date), date.toString());
    }

    /** A date with its weekday, {@code Fri 20 Nov 2026}. */
    Stamp dayWithWeekday(LocalDate date) {
        return new Stamp(SHORT_DATE.format(date), date.toString());
    }

    /** The calendar date of an instant in the site's zone. */
    LocalDate localDate(Instant instant) {
        return LocalDate.ofInstant(instant, zone);
    }

    /** A month as {@code November 2026}. */
    Stamp month(java.time.YearMonth month) {
        return new Stamp(MONTH.format(month), ISO_MONTH.format(month));
    }

    /** A month's short name, {@code Nov}. */
    String monthShort(java.time.YearMonth month) {
        return MONTH_SHORT.format(month);
    }

    /** A calendar quarter as {@code Q4 2026}. */
    static String quarter(Quarter quarter) {
        return "Q" + quarter.quarter() + " " + quarter.year();
    }

    /** A duration as people write it in incident reviews ({@code 2d 3h}, {@code 1h 25m}, {@code 55m}). */
    static String duration(Duration d) {
        return Durations.human(d);
    }

    /** An optional duration, {@code –} when absent. */
    static String duration(Optional<Duration> d) {
        return d.map(Formats::duration).orElse("–");
    }

    /** A rate 0..1 as a whole percentage, {@code 64%}; with one decimal when it would otherwise round to 0 or 100. */
    static String percent(double rate) {
        double p = rate * 100;
        long rounded = Math.round(p);
        if ((rounded == 100 && p < 100) || (rounded == 0 && p > 0)) {
            return String.format(Locale.ROOT, "%.1f%%", p);
        }
        return rounded + "%";
    }

    /** An uptime percentage 0..100 with two decimals, {@code 99.95%}, never rounding a loss up to 100.00%. */
    static String uptime(double percent) {
        double floored = Math.floor(percent * 100) / 100;
        return String.format(Locale.ROOT, "%.2f%%", floored);
    }

    /** A number for SVG geometry: at most two decimals, no exponent, {@code .} as the separator. */
    static String number(double value) {
        String s = String.format(Locale.ROOT, "%.2f", value);
        s = s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
        return s.equals("-0") ? "0" : s;
    }

    /** {@code 1 incident}, {@code 3 incidents}. */
    static String count(long n, String word) {
        return n + " " + (n == 1 ? word : word + "s");
    }
}
