package dev.sitrep.site;

import dev.sitrep.Fixture;
import dev.sitrep.GenerateResult;
import dev.sitrep.Sitrep;
import dev.sitrep.SitrepOptions;
import nu.validator.validation.SimpleDocumentValidator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every HTML page of three whole sites, the example repository's, the small golden one (hostile titles, every page
 * type) and the small one with a contributing-factor taxonomy and related incidents, passes the Nu HTML Checker (v.Nu,
 * the W3C's validator) in-process with no error and no warning (but one kind, see {@link #check}).
 */
class HtmlValidityTest {

    @TempDir
    static Path temp;

    private static final List<Path> SITES = new ArrayList<>();

    @BeforeAll
    static void generate() throws IOException {
        Path example = temp.resolve("example");
        GenerateResult result = Sitrep.generate(new SitrepOptions(Path.of("../incidents/incidents"), example,
                Path.of(".."), Instant.parse("2026-11-20T12:00:00Z")));
        assertTrue(result.written(), () -> result.check().findings().toString());
        Path small = temp.resolve("small");
        GenerateResult smallResult = Sitrep.generate(new SitrepOptions(Fixture.site(temp.resolve("source")), small,
                temp, Fixture.SITE_NOW));
        assertTrue(smallResult.written(), () -> smallResult.check().findings().toString());
        Path factors = temp.resolve("factors");
        GenerateResult factorsResult = Sitrep.generate(new SitrepOptions(withFactors(temp.resolve("factors-source")),
                factors, temp, Fixture.SITE_NOW));
        assertTrue(factorsResult.written(), () -> factorsResult.check().findings().toString());
        // the parts only a taxonomy or related incidents show are there to be checked
        assertTrue(Files.readString(factors.resolve("postmortems/index.html"))
                .contains("<table class=\"factor-counts\">"));
        assertTrue(Files.readString(factors.resolve("metrics/index.html")).contains("<table class=\"repeats\">"));
        assertTrue(Files.readString(factors.resolve("incidents/2026-11-20-login-failing/index.html"))
                .contains("id=\"related-title\""));
        assertTrue(Files.readString(factors.resolve("incidents/2026-11-10-db-failover/index.html"))
                .contains("id=\"related-by-title\""));
        SITES.add(example);
        SITES.add(small);
        SITES.add(factors);
    }

    /**
     * The small site with a contributing-factor taxonomy whose names try to inject markup, postmortems that name
     * factors (one repeats an earlier incident) and an incident that lists a related one: every part of the postmortem
     * index, the incident page and the metrics page that only a taxonomy or {@code related} shows.
     */
    private static Path withFactors(Path dir) throws IOException {
        Path source = Fixture.site(dir);
        Files.writeString(source.resolve("sitrep.yaml"), """
                postmortem:
                  factors:
                    - {id: deploy, name: "Deployment <b>&</b> co", description: "A change \\"rolled\\" out <i>here</i>"}
                    - {id: config, name: Configuration change}
                """, StandardOpenOption.APPEND);
        Path failover = source.resolve("2026/2026-11-10-db-failover/postmortem.md");
        Files.writeString(failover, Files.readString(failover).replaceFirst("\npublished: (.*)\n",
                "\npublished: $1\nfactors: [deploy, config]\n"));
        Fixture.file(source, "2026/2026-10-02-overdue-review/postmortem.md", """
                ---
                authors: [Dana Ito]
                status: published
                published: 2026-10-05T09:00:00Z
                factors: [deploy]
                ---
                """ + Fixture.SECTIONS);
        Path login = source.resolve("2026/2026-11-20-login-failing/incident.yaml");
        Files.writeString(login, Files.readString(login).replaceFirst("\ncommander:",
                "\nrelated: [2026-11-10-db-failover, 2026-10-02-overdue-review]\ncommander:"));
        return source;
    }

    /** The checker's errors and warnings for one page, as {@code line:col: message}. */
    private static List<String> check(byte[] html) throws Exception {
        List<String> problems = new ArrayList<>();
        ErrorHandler collect = new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
                // The checker reads the page without an origin, so 'self' in the page's Content-Security-Policy
                // matches nothing there and it warns about the site's own stylesheet and images; a browser loads them
                // (HtmlPagesTest checks the policy itself). Every other warning counts.
                if (!e.getMessage().startsWith("Resource violates Content Security Policy")) {
                    problems.add(e.getLineNumber() + ":" + e.getColumnNumber() + ": warning: " + e.getMessage());
                }
            }

            @Override
            public void error(SAXParseException e) {
                problems.add(e.getLineNumber() + ":" + e.getColumnNumber() + ": error: " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                problems.add(e.getLineNumber() + ":" + e.getColumnNumber() + ": fatal: " + e.getMessage());
            }
        };
        SimpleDocumentValidator validator = new SimpleDocumentValidator(true, false, false);
        validator.setUpMainSchema("http://s.validator.nu/html5-all.rnc", collect);
        validator.setUpValidatorAndParsers(collect, true, false);
        InputSource source = new InputSource(new ByteArrayInputStream(html));
        source.setEncoding("UTF-8");
        validator.checkHtmlInputSource(source);
        return problems;
    }

    @Test
    void everyPageOfEverySitePassesTheNuHtmlChecker() throws Exception {
        List<String> problems = new ArrayList<>();
        int pages = 0;
        for (Path site : SITES) {
            for (Path page : htmlPages(site)) {
                pages++;
                for (String problem : check(Files.readAllBytes(page))) {
                    problems.add(site.relativize(page) + ":" + problem);
                }
            }
        }
        assertEquals(List.of(), problems);
        assertTrue(pages > 40, "pages checked: " + pages);
    }

    private static List<Path> htmlPages(Path site) throws IOException {
        try (Stream<Path> files = Files.walk(site)) {
            return files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }
}
