package dev.sitrep.maven;

import org.apache.maven.plugin.MojoFailureException;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.Optional;

/** The clock of a run: {@code sitrep.now} when given, else the time the build started. */
final class Clock {

    private Clock() {
    }

    /**
     * Parses {@code now}, an ISO-8601 instant with an offset, or falls back to {@code buildStart} (or the
     * current time, should Maven not know when the build started) when {@code now} is absent or blank.
     *
     * @throws MojoFailureException with the expected format when {@code now} is not an instant
     */
    static Instant of(String now, Optional<Date> buildStart) throws MojoFailureException {
        if (now == null || now.isBlank()) {
            return buildStart.map(Date::toInstant).orElseGet(Instant::now);
        }
        try {
            return Instant.parse(now.strip());
        } catch (DateTimeParseException e) {
            throw new MojoFailureException(SitrepProperties.NOW + " is '" + now + "', which is not an ISO-8601 "
                    + "instant; write it as date, time and offset, e.g. -D" + SitrepProperties.NOW
                    + "=2026-11-20T12:00:00Z (or +02:00 instead of Z)");
        }
    }
}
