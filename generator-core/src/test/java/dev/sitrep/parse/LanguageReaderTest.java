package dev.sitrep.parse;

import dev.sitrep.Fixture;
import dev.sitrep.i18n.Languages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The {@code language} of sitrep.yaml and the repository's strings files, read through {@code Sitrep.check}. */
class LanguageReaderTest {

    @TempDir
    Path dir;

    private Fixture.Repo repo(String language) {
        return Fixture.repo(dir).write("sitrep.yaml", Fixture.CONFIG + "language: " + language + "\n");
    }

    @Test
    void everyBuiltInLanguageAndARegionOfOneNeedNoFile() {
        for (String language : List.of("en", "de", "fr", "es", "en-GB", "es-419", "de-AT")) {
            assertEquals(List.of(), repo(language).check(), language);
        }
    }

    @Test
    void aLanguageWithoutStringsIsAnErrorAtItsLine() {
        assertEquals(List.of("sitrep.yaml:7:11: error: language 'nl' has no strings: sitrep ships en, de, fr, es; "
                + "to write the site in another language, add templates/strings_nl.properties with its translations "
                + "of sitrep's strings_en.properties"), repo("nl").check());
    }

    @Test
    void aTagThatIsNoTagIsAnInvalidValue() {
        assertEquals(List.of("sitrep.yaml:7:11: error: 'language' 'english please' is not a BCP 47 language tag; "
                + "use one such as en, de, fr, es or pt-BR"), repo("english please").check());
        assertEquals(List.of("sitrep.yaml:7:11: error: 'language' 'de_DE' is not a BCP 47 language tag; "
                + "write 'de-DE', with a hyphen"), repo("de_DE").check());
        assertEquals(List.of("sitrep.yaml:7:11: error: 'language' 'deutsch!' is not a BCP 47 language tag; "
                + "use one such as en, de, fr, es or pt-BR"), repo("deutsch!").check());
    }

    @Test
    void aLanguageOfTheRepositoryWarnsOfEachMissingStringAndFallsBackToEnglish() {
        List<String> findings = repo("nl").write("templates/strings_nl.properties", "nav.history = Geschiedenis\n")
                .check();
        int english = Languages.english().entries().size();
        assertEquals(english - 1, findings.size());
        assertTrue(findings.contains("templates/strings_nl.properties:1:1: warning: string 'nav.metrics' is missing "
                + "from strings_nl.properties; the English text is used: 'Metrics'"), findings::toString);
    }

    @Test
    void aTypoOfAKeyIsAWarningAndAKeyOfTheRepositorysOwnIsFine() {
        assertEquals(List.of("templates/strings_de.properties:3:1: warning: sitrep has no string 'nav.histroy' "
                        + "(did you mean 'nav.history'?); a template of templates/ may still use it as "
                        + "t[\"nav.histroy\"]"),
                repo("de").write("templates/strings_de.properties",
                        "# mine\nacme.team.name = Team Acme\nnav.histroy = Vorfälle\n").check());
    }

    @Test
    void aBrokenMessageIsAnErrorThatBothGoalsSee() {
        Fixture.Repo repo = repo("en").write("templates/strings_en.properties", "nav.history = History {0\n");
        assertEquals(List.of("templates/strings_en.properties:1:1: error: string 'nav.history' cannot be used: it "
                + "is not a valid message (Unmatched braces in the pattern); write {0}, {1}, ... for the values sitrep "
                + "fills in and no other braces"), repo.check());
        assertTrue(repo.result(Fixture.NOW).hasDataErrors());
    }

    @Test
    void aDatePatternThatAsksADateForTheTimeIsAnErrorThatBothGoalsSee() {
        Fixture.Repo repo = repo("de").write("templates/strings_de.properties",
                "date.pattern.date = d. MMM yyyy HH:mm\ndate.pattern.time = HH:mm 'Uhr' z\n");
        List<String> findings = repo.check();
        assertEquals(1, findings.size(), findings::toString);
        assertTrue(findings.get(0).startsWith("templates/strings_de.properties:1:1: error: string 'date.pattern.date' "
                + "cannot be used: it asks for a field that a date does not have ("), findings::toString);
        assertTrue(findings.get(0).endsWith("); keep to the letters of the English pattern"), findings::toString);
        assertTrue(repo.result(Fixture.NOW).hasDataErrors());
    }

    @Test
    void aZoneAbbreviationOfTheLanguageIsNoTypo() {
        assertEquals(List.of(), repo("de").write("templates/strings_de.properties", "zone.EST = HNE\n").check());
    }

    @Test
    void aStringsFileMustBeUtf8() {
        Fixture.file(dir, "templates/strings_de.properties", new byte[] {'a', ' ', '=', ' ', (byte) 0xE4, '\n'});
        assertEquals(List.of("templates/strings_de.properties:1:5: error: byte 0xE4 is not valid UTF-8; save the "
                + "file as UTF-8"), repo("de").check());
        Fixture.file(dir, "templates/strings_nl.properties", new byte[] {'a', ' ', '=', ' ', (byte) 0xE4, '\n'});
        assertEquals(List.of("templates/strings_nl.properties:1:5: error: byte 0xE4 is not valid UTF-8; save the "
                + "file as UTF-8"), repo("nl").check(), "one finding: the language has a file, which is broken");
    }
}
