package dev.sitrep.i18n;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ZoneNamesTest {

    private static final Instant WINTER = Instant.parse("2026-01-15T12:00:00Z");
    private static final Instant SUMMER = Instant.parse("2026-07-15T12:00:00Z");

    private static String name(Instant at, String zone) {
        return ZoneNames.of(at, ZoneId.of(zone));
    }

    @Test
    void standardAndDaylightTimeHaveTheirAbbreviations() {
        assertEquals("CET", name(WINTER, "Europe/Berlin"));
        assertEquals("CEST", name(SUMMER, "Europe/Berlin"));
        assertEquals("GMT", name(WINTER, "Europe/London"));
        assertEquals("BST", name(SUMMER, "Europe/London"));
        assertEquals("GMT", name(WINTER, "Europe/Dublin"));
        assertEquals("IST", name(SUMMER, "Europe/Dublin"));
        assertEquals("EST", name(WINTER, "America/New_York"));
        assertEquals("EDT", name(SUMMER, "America/New_York"));
        assertEquals("PDT", name(SUMMER, "America/Los_Angeles"));
        assertEquals("MST", name(SUMMER, "America/Phoenix"));
        assertEquals("AEDT", name(WINTER, "Australia/Sydney"));
        assertEquals("AEST", name(SUMMER, "Australia/Sydney"));
        assertEquals("IST", name(SUMMER, "Asia/Kolkata"));
        assertEquals("IDT", name(SUMMER, "Asia/Jerusalem"));
        assertEquals("JST", name(SUMMER, "Asia/Tokyo"));
        assertEquals("NST", name(WINTER, "America/St_Johns"));
    }

    @Test
    void utcIsUtcUnderEveryName() {
        for (String zone : new String[] {"UTC", "Etc/UTC", "GMT", "Etc/GMT", "Z", "Zulu"}) {
            assertEquals("UTC", name(SUMMER, zone), zone);
        }
        assertEquals("UTC", ZoneNames.of(SUMMER, ZoneOffset.UTC));
    }

    @Test
    void aZoneWithoutACommonAbbreviationIsWrittenAsItsOffset() {
        assertEquals("UTC-4", name(SUMMER, "America/Caracas"));
        assertEquals("UTC+5:45", name(SUMMER, "Asia/Kathmandu"));
        assertEquals("UTC+8", name(SUMMER, "Asia/Shanghai"), "China's CST would read as the United States'");
        assertEquals("UTC+2", ZoneNames.of(SUMMER, ZoneOffset.ofHours(2)));
        assertEquals("UTC-9:30", ZoneNames.of(SUMMER, ZoneOffset.ofHoursMinutes(-9, -30)));
    }

    @Test
    void aTimeTheAbbreviationDoesNotStandForIsWrittenAsItsOffset() {
        // Moscow kept UTC+4 all year from 2011 to 2014; MSK is UTC+3
        assertEquals("UTC+4", name(Instant.parse("2013-01-15T12:00:00Z"), "Europe/Moscow"));
        assertEquals("MSK", name(SUMMER, "Europe/Moscow"));
        // Mexico City kept daylight saving time until 2022; the table knows it without
        assertEquals("UTC-5", name(Instant.parse("2020-07-15T12:00:00Z"), "America/Mexico_City"));
        assertEquals("CST", name(SUMMER, "America/Mexico_City"));
    }

    @Test
    void everyZoneOfTheTableIsOneTheJdkKnows() {
        for (String zone : ZoneNames.zones()) {
            ZoneId id = ZoneId.of(zone);
            assertTrue(!ZoneNames.of(WINTER, id).isEmpty(), zone);
        }
    }

    @Test
    void aLanguageWritesAnAbbreviationItsOwnWay() {
        Strings german = Strings.of("de", Optional.empty());
        assertEquals("MEZ", german.zoneName(WINTER, ZoneId.of("Europe/Berlin")));
        assertEquals("MESZ", german.zoneName(SUMMER, ZoneId.of("Europe/Berlin")));
        assertEquals("EST", german.zoneName(WINTER, ZoneId.of("America/New_York")));
        assertEquals("CET", Strings.english().zoneName(WINTER, ZoneId.of("Europe/Paris")));
    }
}
