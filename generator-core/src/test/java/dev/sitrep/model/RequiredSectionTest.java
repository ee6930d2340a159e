package dev.sitrep.model;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RequiredSectionTest {

    /** How headings were normalised before: strip, every run of {@code \s} as one space, lower case. */
    private static String byRegex(String s) {
        return Pattern.compile("\\s+").matcher(s.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
    }

    @Test
    void normalisesAsTheRegularExpressionDid() {
        List<String> headings = new ArrayList<>(List.of("", " ", "Summary", "  Root   Cause ", "Root\tCause",
                "Root \t\n Cause", "ROOT CAUSE", "TL;DR", "a\u000Bb", "a\fb", "a\rb", "a\u00A0b", "a\u2003b",
                "\u2003Summary\u2003", "İmpact", "a  ", " a b  c "));
        Random random = new Random(5);
        String alphabet = "aB \t\n\u000B\f\r\u00A0\u2003\u001CİI";
        for (int i = 0; i < 100_000; i++) {
            StringBuilder s = new StringBuilder();
            for (int j = random.nextInt(10); j > 0; j--) {
                s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            headings.add(s.toString());
        }
        for (String h : headings) {
            assertEquals(byRegex(h), RequiredSection.normalise(h), () -> "'" + h + "'");
        }
    }

    @Test
    void matchesTheNameOrAnAliasWhateverTheSpaceAndCase() {
        RequiredSection summary = new RequiredSection("Summary", List.of("Incident Summary", "TL;DR"));
        assertEquals(Set.of("summary", "incident summary", "tl;dr"), summary.names());
        assertTrue(summary.matches("  incident \t SUMMARY "));
        assertTrue(summary.matches("tl;dr"));
        assertFalse(summary.matches("Summaries"));
    }
}
