package dev.sitrep.author;

import dev.sitrep.finding.Findings;
import dev.sitrep.parse.YamlDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class YamlScalarsTest {

    /** Reads {@code message: <scalar>} and {@code - {message: <scalar>}} back with the core's YAML reader. */
    private static void assertRoundTrip(String text) {
        Findings findings = new Findings();
        String block = "message: " + YamlScalars.block(text) + "\n";
        YamlDocument doc = YamlDocument.parse("t.yaml", block, findings).orElseThrow(
                () -> new AssertionError(block + findings.sorted()));
        assertEquals(text, doc.root().get("message").asText(), block);
        assertEquals(true, doc.root().get("message").isTextual(), block);
        String flow = "updates:\n  - {at: x, message: " + YamlScalars.flow(text) + ", status: y}\n";
        YamlDocument f = YamlDocument.parse("t.yaml", flow, findings).orElseThrow(
                () -> new AssertionError(flow + findings.sorted()));
        assertEquals(text, f.root().get("updates").get(0).get("message").asText(), flow);
        assertEquals("y", f.root().get("updates").get(0).get("status").asText(), flow);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "We are investigating elevated error rates at checkout.",
        "Cause: a bad deploy", "Note:", "ends with colon:", "a #hashtag is fine", "but a # comment is not",
        "- starts like a list", "? question", ": colon", "[bracket", "{brace", "'single'", "\"double\"",
        "#hash", "&anchor", "*alias", "!tag", "|literal", ">folded", "%directive", "@at", "`backtick",
        "yes", "No", "on", "OFF", "y", "true", "null", "~", "<<", "=", "404", "0.5", "-1", "+1", "1e3", "0x1F",
        "0o17", "1_000", "12:30", ".inf", "-.Inf", ".NaN", "2026-11-20", "2026-11-20T10:30:00Z", "2026-1-2 10:00",
        " leading space", "trailing space ", "\ttab", "two\nlines", "crlf\r\nline", "a\\backslash",
        "control \u0007 bell", "del \u007F", "nbsp\u00A0here", "next line \u0085", "line sep \u2028 para \u2029",
        "bom \uFEFF", "Zürich, 東京, Ελλάδα", "emoji 🚨 and ✅", "commas, [brackets] {braces}",
        "URL https://status.example.com/incidents/a/?q=1#frag", "50% of payments", "--- document", "... end",
        "It's 3-D Secure", "3-D Secure challenges failing", "a: b: c", "key:value", "x\"y'z"
    })
    void roundTrips(String text) {
        assertRoundTrip(text);
    }

    @Test
    void roundTripsRandomText() {
        Random random = new Random(4);
        String alphabet = "ab :#-?,[]{}'\"\\\n\t\r!&*|>%@`~0123456789.eE+xyüé東🚨\u0085\u2028\u00A0\u0000\u001B";
        for (int i = 0; i < 3000; i++) {
            StringBuilder s = new StringBuilder();
            int length = 1 + random.nextInt(12);
            while (s.length() < length) {
                int at = random.nextInt(alphabet.length());
                char c = alphabet.charAt(at);
                if (Character.isHighSurrogate(c)) {
                    s.append(c).append(alphabet.charAt(at + 1));
                } else if (!Character.isLowSurrogate(c)) {
                    s.append(c);
                }
            }
            assertRoundTrip(s.toString());
        }
    }

    @Test
    void keepsOrdinaryTextPlain() {
        assertEquals("We are investigating.", YamlScalars.block("We are investigating."));
        assertEquals("3-D Secure fails for 50%", YamlScalars.flow("3-D Secure fails for 50%"));
        assertEquals("Zürich 🚨", YamlScalars.block("Zürich 🚨"));
        assertEquals("a, b", YamlScalars.block("a, b"));
    }

    @Test
    void quotesWhatWouldReadDifferently() {
        assertEquals("\"yes\"", YamlScalars.block("yes"));
        assertEquals("\"Cause: a bad deploy\"", YamlScalars.block("Cause: a bad deploy"));
        assertEquals("\"a, b\"", YamlScalars.flow("a, b"));
        assertEquals("\"line 1\\nline 2\"", YamlScalars.block("line 1\nline 2"));
        assertEquals("say \"hi\" \\ bye", YamlScalars.block("say \"hi\" \\ bye"));
        assertEquals("\"\\\"hi\\\" \\\\ bye\"", YamlScalars.block("\"hi\" \\ bye"));
        assertEquals("\"bell \\a nbsp \\_ ls \\L\"", YamlScalars.block("bell \u0007 nbsp \u00A0 ls \u2028"));
    }

    @Test
    void refusesBrokenCharacters() {
        AuthoringException e = assertThrows(AuthoringException.class, () -> YamlScalars.block("half \uD83D"));
        assertEquals("the text contains a broken character (an unpaired UTF-16 surrogate U+D83D); retype it",
                e.getMessage());
    }
}
