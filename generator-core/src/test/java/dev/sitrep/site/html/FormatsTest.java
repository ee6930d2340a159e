package dev.sitrep.site.html;

import dev.sitrep.i18n.Strings;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FormatsTest {

    private static final Instant NOV = Instant.parse("2026-11-20T12:00:00Z");
    private static final Instant JUL = Instant.parse("2026-07-20T12:00:00Z");

    @Test
    void theZoneLetterBecomesAMarkOutsideQuotesOnly() {
        assertEquals("HH:mm '\uE000'", Formats.markZone("HH:mm z"));
        assertEquals("HH:mm '\uE000'", Formats.markZone("HH:mm zzzz"));
        assertEquals("HH:mm 'zulu' '\uE000'", Formats.markZone("HH:mm 'zulu' z"));
        assertEquals("HH 'o''clock' '\uE000'", Formats.markZone("HH 'o''clock' z"));
        assertEquals("d MMM yyyy", Formats.markZone("d MMM yyyy"));
    }

    @Test
    void timesCarrySitrepsZoneNameInTheSiteLanguage() {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        Formats en = new Formats(berlin, Strings.english());
        assertEquals("20 Nov 2026, 13:00 CET", en.instant(NOV).display());
        assertEquals("14:00 CEST", en.time(JUL).display());
        Formats de = new Formats(berlin, Strings.of("de", Optional.empty()));
        assertEquals("13:00 MEZ", de.time(NOV).display());
        Formats kathmandu = new Formats(ZoneId.of("Asia/Kathmandu"), Strings.english());
        assertEquals("17:45 UTC+5:45", kathmandu.time(NOV).display());
    }
}
