package dev.sitrep.author;

import dev.sitrep.i18n.Strings;
import dev.sitrep.i18n.ZoneNames;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** How the authoring tools read and write times: UTC instants in files, local times with a zone for people. */
final class Times {

    private static final DateTimeFormatter FILE = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);
    private static final DateTimeFormatter DATE_CLOCK = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm", Locale.ROOT);

    private Times() {
    }

    /** The instant as written in files: UTC, whole seconds, {@code 2026-11-20T10:30:00Z}. */
    static String file(Instant instant) {
        return FILE.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    /** The clock, to the second: the time every written instant stands for. */
    static Instant seconds(Instant now) {
        return now.truncatedTo(ChronoUnit.SECONDS);
    }

    /**
     * A time typed by a person: {@code now}, or an ISO-8601 instant with an offset.
     *
     * @param option the option's name, for the message
     */
    static Instant parse(String text, String option, Instant now) {
        String s = text.strip();
        if (s.equalsIgnoreCase("now")) {
            return seconds(now);
        }
        try {
            Instant instant = seconds(OffsetDateTime.parse(s, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant());
            int year = instant.atOffset(ZoneOffset.UTC).getYear();
            if (year < 1 || year > 9999) {
                throw new AuthoringException(option + " '" + text + "' is in the year " + year + " in UTC; write a "
                        + "time between the years 1 and 9999, e.g. " + file(now));
            }
            return instant;
        } catch (java.time.DateTimeException e) {
            throw new AuthoringException(option + " '" + text + "' is not a time; write 'now' or an ISO-8601 time "
                    + "with an offset, e.g. " + file(now));
        }
    }

    /** The local date in {@code zone}: {@code 2026-11-20}. */
    static String date(Instant instant, ZoneId zone) {
        return DATE.format(instant.atZone(zone));
    }

    /** The local clock time in {@code zone}: {@code 14:05}. */
    static String clock(Instant instant, ZoneId zone) {
        return CLOCK.format(instant.atZone(zone));
    }

    /** The local date and time in {@code zone}: {@code 2026-11-20 14:05}. */
    static String dateClock(Instant instant, ZoneId zone) {
        return DATE_CLOCK.format(instant.atZone(zone));
    }

    /** The zone's short name at that instant ({@code CET}, {@code CEST}, {@code UTC}), in English. */
    static String zoneName(Instant instant, ZoneId zone) {
        return ZoneNames.of(instant, zone);
    }

    /** A duration for people, to the minute, in English: {@code 2 hours 38 minutes}, {@code 1 day 3 hours}. */
    static String human(Duration duration) {
        return human(Strings.english(), duration);
    }

    /** A duration for people, to the minute, in the words of {@code strings}: {@code 2 Stunden 38 Minuten}. */
    static String human(Strings strings, Duration duration) {
        long minutes = Math.max(0, duration.toMinutes());
        long days = minutes / (24 * 60);
        long hours = minutes / 60 % 24;
        long mins = minutes % 60;
        List<String> parts = new ArrayList<>();
        if (days > 0) {
            parts.add(strings.plural("announce.duration.days", days));
        }
        if (hours > 0) {
            parts.add(strings.plural("announce.duration.hours", hours));
        }
        if (mins > 0 && days == 0) {
            parts.add(strings.plural("announce.duration.minutes", mins));
        }
        return parts.isEmpty() ? strings.text("announce.duration.lessThanAMinute") : String.join(" ", parts);
    }
}
