package dev.sitrep.maven;

import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Date;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ClockTest {

    private static final Instant START = Instant.parse("2026-11-24T07:00:00Z");

    @Test
    void withoutAValueTheClockIsTheBuildsStart() throws MojoFailureException {
        assertEquals(START, Clock.of(null, Optional.of(Date.from(START))));
        assertEquals(START, Clock.of("  ", Optional.of(Date.from(START))));
    }

    @Test
    void anInstantWithZOrAnOffsetIsTheClock() throws MojoFailureException {
        assertEquals(Instant.parse("2026-11-20T12:00:00Z"), Clock.of("2026-11-20T12:00:00Z", Optional.empty()));
        assertEquals(Instant.parse("2026-11-20T10:00:00Z"), Clock.of(" 2026-11-20T12:00:00+02:00 ", Optional.empty()));
    }

    @Test
    void anythingElseFailsWithTheFormat() {
        for (String bad : new String[] {"2026-11-20", "2026-11-20T12:00:00", "yesterday", "2026-13-01T00:00:00Z"}) {
            MojoFailureException e = assertThrows(MojoFailureException.class, () -> Clock.of(bad, Optional.empty()));
            assertEquals("sitrep.now is '" + bad + "', which is not an ISO-8601 instant; write it as date, time and "
                    + "offset, e.g. -Dsitrep.now=2026-11-20T12:00:00Z (or +02:00 instead of Z)", e.getMessage());
        }
    }
}
