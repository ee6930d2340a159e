package dev.sitrep.i18n;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StringsTest {

    @TempDir
    Path templates;

    @Test
    void englishIsTheDefaultAndHasEveryKey() {
        Strings en = Strings.english();
        assertEquals("en", en.language());
        assertEquals(Locale.ENGLISH, en.locale());
        assertEquals("History", en.text("nav.history"));
    }

    @Test
    void frenchHasANoBreakSpaceBeforeEachTwoPartPunctuationMark() {
        List<String> missing = new java.util.ArrayList<>();
        for (StringsFile.Entry e : Languages.builtIn("fr").orElseThrow().entries()) {
            if (e.key().startsWith("date.pattern.")) {
                continue;
            }
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("(.)([:;!?])(?= |$)").matcher(e.value());
            while (m.find()) {
                if (m.group(1).charAt(0) != '\u00a0' && m.group(1).charAt(0) != '\u202f') {
                    missing.add(e.key() + ": " + e.value());
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void everyBuiltInLanguageHasOnlyEnglishKeysAndValidMessages() {
        Set<String> english = new TreeSet<>(Languages.english().values().keySet());
        for (String language : Languages.BUILT_IN) {
            StringsFile file = Languages.builtIn(language).orElseThrow();
            Set<String> extra = new TreeSet<>(file.values().keySet());
            extra.removeAll(english);
            extra.removeIf(key -> key.startsWith(Strings.ZONE_PREFIX));
            assertEquals(Set.of(), extra, language);
            file.entries().forEach(e -> assertEquals(Optional.empty(), Strings.problem(e.key(), e.value()),
                    language + " " + e.key()));
        }
    }

    @Test
    void aRegionFindsItsLanguage() {
        Strings deCh = Strings.of("de-ch", Optional.empty());
        assertEquals("de-CH", deCh.language());
        assertEquals("Verlauf", deCh.text("nav.history"));
        assertEquals(List.of("de_CH", "de"), Languages.candidates(deCh.locale()));
    }

    @Test
    void aRepositoryOverridesOneStringAndAddsALanguage() throws IOException {
        write("strings_de.properties", "nav.history = Vorfälle\n");
        write("strings_nl.properties", "# Nederlands\nnav.history = Geschiedenis\nown.key = mine\n");
        Strings de = Strings.of("de", Optional.of(templates));
        assertEquals("Vorfälle", de.text("nav.history"));
        assertEquals("Kennzahlen", de.text("nav.metrics"));
        Strings nl = Strings.of("nl", Optional.of(templates));
        assertEquals("Geschiedenis", nl.text("nav.history"));
        assertEquals("Metrics", nl.text("nav.metrics"), "a missing string is the English one");
        assertEquals("mine", nl.all().get("own.key"), "a template of templates/ may use its own keys");
    }

    @Test
    void messagesTakeArgumentsAndApostrophesArePlainText() {
        assertEquals("l'incident a-b dure 5m", Strings.format("l'incident {0} dure {1}", Locale.FRENCH, "a-b", "5m"));
        assertEquals("it's here", Strings.format("it's here", Locale.ENGLISH));
        assertTrue(Strings.patternProblem("{0 of {1}").isPresent());
        assertEquals(Optional.empty(), Strings.patternProblem("{0} of {1}"));
    }

    @Test
    void theDirectFillingOfPlacesIsWhatMessageFormatWrites() {
        Object[] args = {"a", "b'c", "{2}", "d$e\\", "f"};
        for (String language : Languages.BUILT_IN) {
            for (String pattern : Languages.builtIn(language).orElseThrow().values().values()) {
                assertEquals(new java.text.MessageFormat(pattern.replace("'", "''"), Locale.ROOT).format(args),
                        Strings.format(pattern, Locale.ROOT, args), pattern);
            }
        }
        for (String pattern : List.of("{0}{1}", "x {3} y", "{01} {0}", "'{0}'", "{0}} {1}")) {
            assertEquals(new java.text.MessageFormat(pattern.replace("'", "''"), Locale.ROOT).format(args),
                    Strings.format(pattern, Locale.ROOT, args), pattern);
        }
        assertEquals("1,234 x", Strings.format("{0} x", Locale.ENGLISH, 1234), "a number goes through MessageFormat");
    }

    @Test
    void pluralsFollowTheLanguage() throws IOException {
        write("strings_en.properties", "x.one = {0} incident\nx.other = {0} incidents\n");
        write("strings_fr.properties", "x.one = {0} incident\nx.other = {0} incidents\n");
        Strings en = Strings.of("en", Optional.of(templates));
        Strings fr = Strings.of("fr", Optional.of(templates));
        assertEquals("0 incidents", en.plural("x", 0));
        assertEquals("1 incident", en.plural("x", 1));
        assertEquals("2 incidents", en.plural("x", 2));
        assertEquals("0 incident", fr.plural("x", 0));
        assertEquals("1 incident", fr.plural("x", 1));
        assertEquals("2 incidents", fr.plural("x", 2));
    }

    @Test
    void anUnknownKeyIsABug() {
        assertThrows(IllegalArgumentException.class, () -> Strings.english().text("no.such.key"));
        assertThrows(IllegalArgumentException.class, () -> Strings.of("en_US", Optional.empty()));
        assertFalse(Languages.locale("not a tag").isPresent());
    }

    @Test
    void aStringsFileKnowsTheLineOfEachKey() {
        StringsFile file = StringsFile.parse("\uFEFF# c\n\na = 1\nb : two \\\n  lines\n  c=3\n");
        assertEquals(List.of(new StringsFile.Entry("a", "1", 3), new StringsFile.Entry("b", "two lines", 4),
                new StringsFile.Entry("c", "3", 6)), file.entries());
    }

    private void write(String name, String text) throws IOException {
        Files.writeString(templates.resolve(name), text, StandardCharsets.UTF_8);
    }
}
