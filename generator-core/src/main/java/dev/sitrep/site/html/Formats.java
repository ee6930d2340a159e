package dev.sitrep.site.html;

import dev.sitrep.i18n.Strings;
import dev.sitrep.metrics.Quarter;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * How the pages write times, dates, durations, numbers and rates: in the site's language (its strings say the
 * patterns and the units, its locale the month names and the decimal separator) and time zone, so that the output
 * never depends on the machine that builds it.
 */
final class Formats {

    /** A private-use character that stands for the zone's name in a formatted time; see {@link #markZone}. */
    private static final char ZONE_MARK = '\uE000';
    private static final DateTimeFormatter ISO_MONTH = DateTimeFormatter.ofPattern("yyyy-MM", Locale.ROOT);
    private static final DateTimeFormatter ISO_OFFSET = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
    /** The keys of the duration units, largest first, with their length in seconds. */
    private static final String[] UNITS = {"duration.days", "duration.hours", "duration.minutes", "duration.seconds"};

    private final ZoneId zone;
    private final Strings strings;
    private final Locale locale;
    private final DateTimeFormatter dateTime;
    private final DateTimeFormatter time;
    private final DateTimeFormatter date;
    private final DateTimeFormatter shortDate;
    private final DateTimeFormatter month;
    private final DateTimeFormatter monthShort;

    Formats(ZoneId zone, Strings strings) {
        this.zone = Objects.requireNonNull(zone, "zone");
        this.strings = Objects.requireNonNull(strings, "strings");
        this.locale = strings.locale();
        this.dateTime = pattern("date.pattern.dateTime");
        this.time = pattern("date.pattern.time");
        this.date = pattern("date.pattern.date");
        this.shortDate = pattern("date.pattern.dayWithWeekday");
        this.month = pattern("date.pattern.month");
        this.monthShort = pattern("date.pattern.monthShort");
    }

    private DateTimeFormatter pattern(String key) {
        return DateTimeFormatter.ofPattern(markZone(strings.text(key)), locale);
    }

    /**
     * {@code pattern} with each unquoted run of {@code z} (the zone's short name) replaced by the quoted
     * {@link #ZONE_MARK}, which {@link #zoned} then replaces with the name of {@link Strings#zoneName}: the JDK's zone
     * names change with its CLDR data and, within one run, with the locales loaded before.
     */
    static String markZone(String pattern) {
        StringBuilder out = new StringBuilder(pattern.length() + 4);
        boolean quoted = false;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
                out.append(c);
            } else if (c == 'z' && !quoted) {
                while (i + 1 < pattern.length() && pattern.charAt(i + 1) == 'z') {
                    i++;
                }
                out.append('\'').append(ZONE_MARK).append('\'');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** {@code formatter}'s text of {@code z} with the zone's name in place of the mark. */
    private String zoned(DateTimeFormatter formatter, ZonedDateTime z) {
        String text = formatter.format(z);
        return text.indexOf(ZONE_MARK) < 0 ? text
                : text.replace(String.valueOf(ZONE_MARK), strings.zoneName(z.toInstant(), zone));
    }

    ZoneId zone() {
        return zone;
    }

    /** The words of the site. */
    Strings strings() {
        return strings;
    }

    /** An instant as {@code 20 Nov 2026, 13:00 CET} with its ISO form for {@code <time datetime>}. */
    Stamp instant(Instant instant) {
        ZonedDateTime z = instant.atZone(zone).truncatedTo(ChronoUnit.SECONDS);
        return new Stamp(zoned(dateTime, z), ISO_OFFSET.format(z));
    }

    /** An instant as {@code 13:00 CET}, for an update on the same day as its neighbours. */
    Stamp time(Instant instant) {
        ZonedDateTime z = instant.atZone(zone).truncatedTo(ChronoUnit.SECONDS);
        return new Stamp(zoned(time, z), ISO_OFFSET.format(z));
    }

    /** An optional instant; the empty stamp when absent. */
    Stamp instant(Optional<Instant> instant) {
        return instant.map(this::instant).orElse(Stamp.NONE);
    }

    /** A date as {@code 15 Oct 2026}. */
    Stamp date(LocalDate date) {
        return new Stamp(this.date.format(date), date.toString());
    }

    /** A date with its weekday, {@code Fri 20 Nov 2026}. */
    Stamp dayWithWeekday(LocalDate date) {
        return new Stamp(shortDate.format(date), date.toString());
    }

    /** The calendar date of an instant in the site's zone. */
    LocalDate localDate(Instant instant) {
        return LocalDate.ofInstant(instant, zone);
    }

    /** A month as {@code November 2026}. */
    Stamp month(YearMonth month) {
        return new Stamp(this.month.format(month), ISO_MONTH.format(month));
    }

    /** A month's short name, {@code Nov}. */
    String monthShort(YearMonth month) {
        return monthShort.format(month);
    }

    /** A calendar quarter as {@code Q4 2026}. */
    String quarter(Quarter quarter) {
        return strings.format("date.quarter", Integer.toString(quarter.quarter()), Integer.toString(quarter.year()));
    }

    /**
     * A duration as people write it in incident reviews ({@code 2d 3h}, {@code 1h 25m}, {@code 55m}): its two largest
     * units that are not zero, rounded down; seconds only under a minute or beside a single larger unit.
     */
    String duration(Duration d) {
        if (d.isNegative()) {
            return "-" + duration(d.negated());
        }
        long seconds = d.getSeconds();
        long[] amounts = {seconds / 86_400, seconds % 86_400 / 3_600, seconds % 3_600 / 60, seconds % 60};
        StringBuilder out = new StringBuilder();
        int shown = 0;
        for (int i = 0; i < amounts.length && shown < 2; i++) {
            if (amounts[i] > 0) {
                out.append(shown == 0 ? "" : " ").append(strings.format(UNITS[i], Long.toString(amounts[i])));
                shown++;
            }
        }
        return shown == 0 ? strings.format(UNITS[3], "0") : out.toString();
    }

    /** An optional duration, {@code –} when absent. */
    String duration(Optional<Duration> d) {
        return d.map(this::duration).orElse("–");
    }

    /** A rate 0..1 as a whole percentage, {@code 64%}; with one decimal when it would otherwise round to 0 or 100. */
    String percent(double rate) {
        double p = rate * 100;
        long rounded = Math.round(p);
        if ((rounded == 100 && p < 100) || (rounded == 0 && p > 0)) {
            return strings.format("number.percent", String.format(locale, "%.1f", p));
        }
        return strings.format("number.percent", Long.toString(rounded));
    }

    /** An uptime percentage 0..100 with two decimals, {@code 99.95%}, never rounding a loss up to 100.00%. */
    String uptime(double percent) {
        double floored = Math.floor(percent * 100) / 100;
        return strings.format("number.percent", String.format(locale, "%.2f", floored));
    }

    /** A number with at most two decimals in the language's convention: {@code 99.5}, {@code 99,5}. */
    String decimal(double value) {
        String s = number(value);
        return s.replace(".", Character.toString(java.text.DecimalFormatSymbols.getInstance(locale)
                .getDecimalSeparator()));
    }

    /** A number for SVG geometry: at most two decimals, no exponent, {@code .} as the separator. */
    static String number(double value) {
        String s = String.format(Locale.ROOT, "%.2f", value);
        s = s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
        return s.equals("-0") ? "0" : s;
    }

    /** The plural of {@code key} for {@code n}: {@code 1 incident}, {@code 3 incidents}. */
    String count(long n, String key, Object... args) {
        return strings.plural(key, n, args);
    }

    /** The text of {@code key} with its values. */
    String text(String key, Object... args) {
        return strings.format(key, args);
    }
}
