package dev.sitrep.author;

import dev.sitrep.i18n.Strings;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TextsTest {

    @Test
    void slugs() {
        assertEquals("checkout-errors", Texts.slug("Checkout errors"));
        assertEquals("3-d-secure-challenges-failing-at-checkout", Texts.slug("3-D Secure challenges failing at checkout!"));
        assertEquals("zurich-strasse-ausfall", Texts.slug("Zürich Straße: Ausfall"));
        assertEquals("api-50x", Texts.slug("  API — 50x  "));
        assertEquals("", Texts.slug("東京 🚨"));
        assertEquals("the-quick-brown-fox-jumps-over-the-lazy-dog-while-the",
                Texts.slug("The quick brown fox jumps over the lazy dog while the payment gateway times out"));
    }

    @Test
    void titlesInSentences() {
        assertEquals("checkout errors", Texts.inSentence("Checkout errors"));
        assertEquals("API errors", Texts.inSentence("API errors"));
        assertEquals("3-D Secure failures", Texts.inSentence("3-D Secure failures"));
        assertEquals("a", Texts.inSentence("a"));
    }

    @Test
    void lists() {
        Strings en = Strings.english();
        assertEquals("", Texts.and(en, List.of()));
        assertEquals("A", Texts.and(en, List.of("A")));
        assertEquals("A and B", Texts.and(en, List.of("A", "B")));
        assertEquals("A, B and C", Texts.and(en, List.of("A", "B", "C")));
        assertEquals("A, B y C", Texts.and(Strings.of("es", java.util.Optional.empty()), List.of("A", "B", "C")));
    }

    @Test
    void markdownEscapesWhatWouldRender() {
        assertEquals("2 \\* 3, \\_x\\_, \\[link\\](u), \\<b\\>, a\\|b, \\`c\\`, 100%",
                Texts.markdown("2 * 3, _x_, [link](u), <b>, a|b, `c`, 100%"));
    }

    @Test
    void times() {
        assertEquals("2026-11-20T10:30:00Z", Times.file(Instant.parse("2026-11-20T10:30:00.987Z")));
        assertEquals("2 hours 38 minutes", Times.human(Duration.ofMinutes(158)));
        assertEquals("1 hour", Times.human(Duration.ofHours(1)));
        assertEquals("2 days 1 hour", Times.human(Duration.ofMinutes(49 * 60 + 5)));
        assertEquals("less than a minute", Times.human(Duration.ofSeconds(20)));
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        assertEquals("CET", Times.zoneName(Instant.parse("2026-11-20T10:30:00Z"), berlin));
        assertEquals("CEST", Times.zoneName(Instant.parse("2026-07-20T10:30:00Z"), berlin));
        assertEquals("UTC", Times.zoneName(Instant.parse("2026-07-20T10:30:00Z"), java.time.ZoneOffset.UTC));
        assertEquals("2026-11-21", Times.date(Instant.parse("2026-11-20T23:30:00Z"), berlin));
        assertEquals(Instant.parse("2026-11-20T09:30:00Z"),
                Times.parse("2026-11-20T10:30:00.5+01:00", "detected", Instant.EPOCH));
    }

    @Test
    void timesRefuseTextWithoutAnOffset() {
        AuthoringException e = org.junit.jupiter.api.Assertions.assertThrows(AuthoringException.class,
                () -> Times.parse("2026-11-20 10:30", "detected", Instant.parse("2026-11-20T12:00:00Z")));
        assertEquals("detected '2026-11-20 10:30' is not a time; write 'now' or an ISO-8601 time with an offset, "
                + "e.g. 2026-11-20T12:00:00Z", e.getMessage());
    }

    @Test
    void aTimeOutsideTheYearsOneTo9999InUtcIsRefusedWithTheYear() {
        java.time.Instant now = java.time.Instant.parse("2026-11-20T10:30:00Z");
        AuthoringException far = org.junit.jupiter.api.Assertions.assertThrows(AuthoringException.class,
                () -> Times.parse("+10000-01-01T00:00:00Z", "detected", now));
        assertEquals("detected '+10000-01-01T00:00:00Z' is in the year 10000 in UTC; write a time between the years "
                + "1 and 9999, e.g. 2026-11-20T10:30:00Z", far.getMessage());
        AuthoringException end = org.junit.jupiter.api.Assertions.assertThrows(AuthoringException.class,
                () -> Times.parse("+999999999-12-31T23:59:59-18:00", "detected", now), "past the end of time in UTC");
        assertEquals("detected '+999999999-12-31T23:59:59-18:00' is not a time; write 'now' or an ISO-8601 time with "
                + "an offset, e.g. 2026-11-20T10:30:00Z", end.getMessage());
        assertEquals(java.time.Instant.parse("9999-12-31T23:59:59Z"), Times.parse("9999-12-31T23:59:59Z", "detected", now));
    }
}
