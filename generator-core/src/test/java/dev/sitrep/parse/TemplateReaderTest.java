package dev.sitrep.parse;

import dev.sitrep.Fixture;
import dev.sitrep.GenerateResult;
import dev.sitrep.Sitrep;
import dev.sitrep.SitrepOptions;
import dev.sitrep.finding.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The templates of a repository's {@code templates/} folder, parsed by {@code check} with the configuration the site
 * renders with, and then tried on every page (rule SR015), so that a template that would stop {@code generate} stops
 * the pull request instead.
 */
class TemplateReaderTest {

    @TempDir
    Path dir;

    private static String builtIn(String name) {
        try (var in = TemplateReaderTest.class.getClassLoader().getResourceAsStream("dev/sitrep/templates/" + name)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private Fixture.Repo repo() {
        return Fixture.repo(dir).write("sitrep.yaml", Fixture.CONFIG);
    }

    @Test
    void templatesThatParseGiveNoFinding() {
        assertEquals(List.of(), repo()
                .write("templates/index.ftlh", "<#import \"layout.ftlh\" as l>\n<@l.page layout=page.layout>"
                        + "<h1>${page.layout.siteTitle}</h1></@l.page>\n")
                .write("templates/partials/note.ftl", "<#macro note text>${text}</#macro>\n")
                .write("templates/notes.txt", "<#if never closed, and not a template\n")
                .check());
    }

    @Test
    void anUnclosedDirectiveIsAnErrorWhereTheParserStops() {
        assertEquals(List.of("templates/index.ftlh:3:1: error: the template cannot be parsed: Encountered \"</@l.page>\", "
                        + "but at this place only this can be closed: \"#if\". This usually because of wrong nesting of "
                        + "FreeMarker directives, like a missed or malformed end-tag somewhere. (Note that FreeMarker "
                        + "end-tags must have # or @ after the / character.); fix it, or delete it to use sitrep's own "
                        + "index.ftlh"),
                repo().write("templates/index.ftlh", "<@l.page layout=page.layout>\n<#if page.open>\n</@l.page>\n")
                        .check());
    }

    @Test
    void aTemplateSitrepDoesNotHaveIsOnlyToBeFixed() {
        assertEquals(List.of("templates/partials/card.ftlh:1:21: error: the template cannot be parsed: Encountered "
                        + "\"/\", but was expecting one of <STRING_LITERAL>, <RAW_STRING>, \"false\", \"true\", "
                        + "<INTEGER>, <DECIMAL>, \".\", \"+\", \"-\", \"!\", \"[\", \"(\", \"{\", <ID>; fix it"),
                repo().write("templates/partials/card.ftlh", "<p>${incident.title</p>\n").check());
    }

    @Test
    void aTemplateNestedBeyondTheParsersStackIsAFindingNotACrash() {
        String deep = "<#if x>".repeat(200_000) + "</#if>".repeat(200_000);
        List<String> findings = repo().write("templates/deep.ftlh", deep).check();
        assertEquals(1, findings.size(), findings::toString);
        assertTrue(findings.get(0).startsWith("templates/deep.ftlh:1:1: error: the template "), findings::toString);
    }

    @Test
    void aLinkIsNotReadAsATemplate(@TempDir Path elsewhere) throws IOException {
        Fixture.Repo repo = repo();
        Path target = Files.writeString(elsewhere.resolve("index.ftlh"), "<#if>\n");
        Files.createDirectories(dir.resolve("templates"));
        Files.createSymbolicLink(dir.resolve("templates/index.ftlh"), target);
        assertEquals(List.of("templates/index.ftlh:1:1: error: a symbolic link is not read as a template; put the file "
                + "itself in templates/"), repo.check());
    }

    @Test
    void generateRefusesWhatCheckRefusesAndWritesNothing(@TempDir Path target) {
        repo().write("templates/history.ftlh", "<#list page.months as m>\n");
        Path out = target.resolve("site");
        GenerateResult result = Sitrep.generate(new SitrepOptions(dir, out, dir, Fixture.SITE_NOW));
        assertFalse(result.written());
        assertTrue(result.check().findings().stream().map(Finding::format)
                .anyMatch(f -> f.contains("templates/history.ftlh:1:") && f.contains("cannot be parsed")),
                result.check().findings()::toString);
        assertFalse(Files.exists(out.resolve("index.html")));
    }

    @Test
    void aTemplateThatFailsOnThePagesDataIsAnErrorAtItsLine() {
        assertEquals(List.of("templates/index.ftlh:3:7: error: the template failed: The following has evaluated to "
                        + "null or missing: page.noSuchValue; fix it, or delete it to use sitrep's own index.ftlh"),
                repo().write("templates/index.ftlh", "<#import \"layout.ftlh\" as l>\n<@l.page layout=page.layout>\n"
                        + "<h1>${page.noSuchValue}</h1>\n</@l.page>\n").check());
    }

    @Test
    void aTemplateOfItsOwnThatFailsIsOnlyToBeFixed() {
        assertEquals(List.of("templates/parts/banner.ftlh:1:3: error: the template failed: The following has evaluated "
                        + "to null or missing: banner; fix it"),
                repo().write("templates/parts/banner.ftlh", "${banner}\n")
                        .write("templates/index.ftlh", "<#import \"layout.ftlh\" as l>\n<@l.page layout=page.layout>"
                                + "<#include \"parts/banner.ftlh\"></@l.page>\n").check());
    }

    @Test
    void templatesThatWorkOnEveryPageGiveNoFinding() {
        // a status page of one's own, and a copy of the built-in layout that every page is rendered through
        Fixture.Repo repo = repo().write("templates/index.ftlh", "<#import \"layout.ftlh\" as l>\n"
                + "<@l.page layout=page.layout><h1>${page.layout.siteTitle}</h1></@l.page>\n")
                .write("templates/layout.ftlh", builtIn("layout.ftlh"));
        assertEquals(List.of(), repo.check());
    }

    @Test
    void withABuildCacheOnlyPagesNotTriedBeforeAreRenderedAndAFailureIsNeverForgotten(@TempDir Path cache) {
        Fixture.Repo repo = repo().write("templates/index.ftlh", "<#import \"layout.ftlh\" as l>\n"
                + "<@l.page layout=page.layout><h1>${page.layout.siteTitle}</h1></@l.page>\n");
        SitrepOptions options = new SitrepOptions(dir, cache.resolve("out"), dir, Fixture.NOW).withCache(cache);
        for (int run = 1; run <= 2; run++) {
            assertEquals(List.of(), Sitrep.check(options).findings(), "run " + run);
        }
        repo.write("templates/index.ftlh", "<#import \"layout.ftlh\" as l>\n"
                + "<@l.page layout=page.layout><h1>${page.layout.noSuchTitle}</h1></@l.page>\n");
        for (int run = 3; run <= 4; run++) {
            assertEquals(List.of("templates/index.ftlh:2:35: error: the template failed: The following has evaluated "
                    + "to null or missing: page.layout.noSuchTitle; fix it, or delete it to use sitrep's own "
                    + "index.ftlh"), Sitrep.check(options).findings().stream().map(Finding::format).toList(),
                    "run " + run);
        }
    }

    @Test
    void aStylesheetOrIconThatIsALinkOrTooLargeIsRefused(@TempDir Path elsewhere) throws IOException {
        Fixture.Repo repo = repo().write("templates/favicon.svg", "x".repeat(9 * 1024 * 1024));
        Path secret = Files.writeString(elsewhere.resolve("secret.txt"), "not for the site");
        Files.createSymbolicLink(dir.resolve("templates/style.css"), secret);
        assertEquals(List.of("templates/favicon.svg:1:1: error: file is 9.0 MiB; sitrep reads files of at most 8 MiB, so split it or "
                        + "shorten it",
                "templates/style.css:1:1: error: a symbolic link is not copied into the site; put the file itself in "
                        + "templates/"), repo.check());
    }
}
