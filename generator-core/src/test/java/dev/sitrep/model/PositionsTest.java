package dev.sitrep.model;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PositionsTest {

    private static final String FILE = "2026/x/incident.yaml";

    /** title: a / updates: [ {at: ..., status: ...} ] as the YAML reader records it, starting at line 3. */
    private static Positions incident() {
        return Positions.builder(new Location(FILE, 3, 1))
                .value("", 3, 1)
                .key("/title", 3, 1).value("/title", 3, 8)
                .key("/updates", 4, 1).value("/updates", 5, 3)
                .key("/updates/0", 5, 3).value("/updates/0", 5, 5)
                .key("/updates/0/at", 5, 5).value("/updates/0/at", 5, 9)
                .key("/updates/0/status", 6, 5).value("/updates/0/status", 6, 13)
                .build();
    }

    @Test
    void valuesAndKeysAreFoundByPointer() {
        Positions p = incident();
        assertEquals(new Location(FILE, 3, 8), p.of("/title"));
        assertEquals(new Location(FILE, 3, 1), p.key("/title"));
        assertEquals(new Location(FILE, 6, 13), p.of("/updates/0/status"));
        assertEquals(new Location(FILE, 6, 5), p.key("/updates/0/status"));
        assertEquals(new Location(FILE, 5, 3), p.key("/updates/0"));
        assertEquals(FILE, p.file());
        assertEquals(new Location(FILE, 3, 1), p.start());
    }

    @Test
    void anUnknownPointerFallsBackToItsNearestAncestorThenTheStart() {
        Positions p = incident();
        assertEquals(new Location(FILE, 5, 5), p.of("/updates/0/message"));
        assertEquals(new Location(FILE, 5, 5), p.key("/updates/0/message"));
        assertEquals(new Location(FILE, 5, 3), p.of("/updates/7/at"));
        assertEquals(new Location(FILE, 3, 1), p.of("/severity"));
        assertEquals(Location.startOf("pm.md"), Positions.none("pm.md").of("/authors/0"));
    }

    @Test
    void hasKeyIsExact() {
        Positions p = incident();
        assertTrue(p.hasKey("/updates/0/at"));
        assertFalse(p.hasKey("/updates/0/message"));
        assertFalse(p.hasKey(""), "the document itself has a value, not a key");
    }

    @Test
    void mapsListEveryRecordedPositionInDocumentOrder() {
        Positions p = incident();
        assertEquals(List.of("", "/title", "/updates", "/updates/0", "/updates/0/at", "/updates/0/status"),
                List.copyOf(p.values().keySet()));
        assertEquals(List.of("/title", "/updates", "/updates/0", "/updates/0/at", "/updates/0/status"),
                List.copyOf(p.keys().keySet()));
        assertEquals(new Location(FILE, 5, 9), p.values().get("/updates/0/at"));
    }

    @Test
    void aValueThatDoesNotFollowItsKeyGetsAnEntryOfItsOwn() {
        Positions p = Positions.builder(Location.startOf(FILE))
                .key("/a", 1, 1).key("/b", 2, 1).value("/a", 1, 4)
                .build();
        assertEquals(new Location(FILE, 1, 4), p.of("/a"));
        assertEquals(new Location(FILE, 1, 1), p.key("/a"));
        assertEquals(new Location(FILE, 2, 1), p.of("/b"), "a key stands in for a value never recorded");
        assertEquals(Map.of("/a", new Location(FILE, 1, 4)), p.values());
    }

    @Test
    void theFirstOfTwoEntriesForOnePointerWins() {
        // a duplicate key: the reader reports it and keeps the first value, so positions point at the first too
        Positions p = Positions.builder(Location.startOf(FILE))
                .key("/title", 1, 1).value("/title", 1, 8)
                .value("/title", 2, 8)
                .build();
        assertEquals(new Location(FILE, 1, 8), p.of("/title"));
    }

    @Test
    void equalityIsByWhatIsRecorded() {
        assertEquals(incident(), incident());
        assertEquals(incident().hashCode(), incident().hashCode());
        assertNotEquals(incident(), Positions.none(FILE));
    }

    @Test
    void keysBecomeJsonPointerTokens() {
        assertEquals("checkout", Positions.token("checkout"));
        assertEquals("a~1b~0c", Positions.token("a/b~c"));
    }

    @Test
    void linesAndColumnsAreOneBased() {
        Positions.Builder builder = Positions.builder(Location.startOf(FILE));
        assertThrows(IllegalArgumentException.class, () -> builder.value("/a", 0, 1));
        assertThrows(IllegalArgumentException.class, () -> builder.key("/a", 1, 0));
    }
}
