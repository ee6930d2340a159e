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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every HTML page of two whole sites, the example repository's and the small golden one (hostile titles, every page
 * type), passes the Nu HTML Checker (v.Nu, the W3C's validator) in-process with no error and no warning (but one kind,
 * see {@link #check}).
 */
class HtmlValidityTest {

    @TempDir
    static Path temp;

    private static final List<Path> SITES = new ArrayList<>();

    @BeforeAll
    static void generate() {
        Path example = temp.resolve("example");
        GenerateResult result = Sitrep.generate(new SitrepOptions(Path.of("../incidents/incidents"), example,
                Path.of(".."), Instant.parse("2026-11-20T12:00:00Z")));
        assertTrue(result.written(), () -> result.check().findings().toString());
        Path small = temp.resolve("small");
        GenerateResult smallResult = Sitrep.generate(new SitrepOptions(Fixture.site(temp.resolve("source")), small,
                temp, Fixture.SITE_NOW));
        assertTrue(smallResult.written(), () -> smallResult.check().findings().toString());
        SITES.add(example);
        SITES.add(small);
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
    void everyPageOfBothSitesPassesTheNuHtmlChecker() throws Exception {
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
