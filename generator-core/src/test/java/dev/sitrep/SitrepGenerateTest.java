package dev.sitrep;

import dev.sitrep.finding.Finding;
import dev.sitrep.finding.Rule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The whole pipeline through the front door: check, render, publish. The small site's output is held byte for byte by
 * {@link GoldenSiteTest}.
 */
class SitrepGenerateTest {

    private static final Instant NOW = Fixture.SITE_NOW;
    private static final Path EXAMPLE = Path.of("../incidents/incidents");

    @TempDir
    Path temp;

    private static GenerateResult generate(Path source, Path output) {
        return Sitrep.generate(new SitrepOptions(source, output, source.getParent(), NOW));
    }

    /** Every file under {@code dir} with its bytes, by relative path. */
    private static Map<String, byte[]> files(Path dir) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        }
        return files;
    }

    private static void assertSameTree(Map<String, byte[]> expected, Map<String, byte[]> actual) {
        assertEquals(expected.keySet(), actual.keySet());
        expected.forEach((path, bytes) -> assertArrayEquals(bytes, actual.get(path), path));
    }

    private static String findings(GenerateResult result) {
        return result.check().findings().stream().map(Finding::toString).collect(Collectors.joining("\n"));
    }

    @Test
    void generatingTwiceGivesByteIdenticalTrees() throws IOException {
        Path first = temp.resolve("first/status");
        Path second = temp.resolve("second/status");

        GenerateResult a = generate(EXAMPLE, first);
        GenerateResult b = generate(EXAMPLE, second);
        Map<String, byte[]> once = files(second);
        GenerateResult c = generate(EXAMPLE, second);

        assertTrue(a.written(), findings(a));
        assertFalse(a.check().hasDataErrors());
        assertEquals(a.files(), b.files());
        assertEquals(a.bytes(), c.bytes());
        assertSameTree(files(first), files(second));
        assertSameTree(once, files(second));
        assertEquals(a.files() + 1, files(first).size()); // and the manifest
        assertTrue(files(first).containsKey("api/v2/summary.json"));
        assertTrue(files(first).containsKey("history.atom"));
    }

    @Test
    void dataErrorsWriteNothingAndKeepThePreviousSite() throws IOException {
        Path source = Fixture.site(temp.resolve("project/incidents"));
        Path out = temp.resolve("project/target/site/status");
        assertTrue(generate(source, out).written());
        Files.writeString(out.resolve("CNAME"), "status.acme.example\n");
        Map<String, byte[]> before = files(out);
        Files.writeString(source.resolve("2026/2026-11-19-cache-draft/incident.yaml"), "title: [unclosed\n");

        GenerateResult result = generate(source, out);

        assertFalse(result.written());
        assertTrue(result.check().hasDataErrors(), findings(result));
        assertEquals(0, result.files());
        assertSameTree(before, files(out));
    }

    @Test
    void aBrokenTemplateOverrideLeavesThePreviousSiteByteIdentical() throws IOException {
        Path source = Fixture.site(temp.resolve("project/incidents"));
        Path out = temp.resolve("project/target/site/status");
        assertTrue(generate(source, out).written());
        Files.writeString(out.resolve("CNAME"), "status.acme.example\n");
        Map<String, byte[]> before = files(out);
        Files.createDirectories(source.resolve("templates"));
        Files.writeString(source.resolve("templates/incident.ftlh"),
                "<#import \"layout.ftlh\" as l>\n<@l.page layout=page.layout>\n${page.noSuchValue}\n</@l.page>\n");

        SitrepException failed = assertThrows(SitrepException.class, () -> generate(source, out));

        assertTrue(failed.getMessage().startsWith(source.resolve("templates/incident.ftlh") + ":3:"), failed.getMessage());
        assertSameTree(before, files(out));
        try (Stream<Path> siblings = Files.list(out.getParent())) {
            assertEquals(List.of(out), siblings.filter(p -> !p.getFileName().toString().endsWith(".sitrep-lock"))
                    .toList(), "no half-written site is left beside the output, only the publishing lock");
        }
    }

    @Test
    void dataErrorsOnAFirstRunCreateNoOutputDirectory() throws IOException {
        Path source = Fixture.site(temp.resolve("project/incidents"));
        Files.writeString(source.resolve("sitrep.yaml"), "title: [unclosed\n");
        Path out = temp.resolve("project/target/site/status");

        GenerateResult result = generate(source, out);

        assertFalse(result.written());
        assertFalse(Files.exists(out));
    }

    @Test
    void policyFindingsDoNotStopGeneration() throws IOException {
        // a P1 resolved in October without a postmortem: the postmortem is overdue, a policy error
        Path source = Fixture.site(temp.resolve("project/incidents"));
        Path out = temp.resolve("project/target/site/status");

        GenerateResult result = generate(source, out);

        assertTrue(result.check().findings().stream().anyMatch(f -> f.isError() && f.rule() == Rule.POSTMORTEM_OVERDUE),
                findings(result));
        assertFalse(result.check().hasDataErrors(), findings(result));
        assertTrue(result.written(), findings(result));
        assertTrue(Files.readString(out.resolve("incidents/2026-10-02-overdue-review/index.html")).contains("overdue"));
    }

    @Test
    void refusesToWriteIntoTheSourceDirectory() throws IOException {
        Path source = Fixture.site(temp.resolve("project/incidents"));
        List<Path> before = list(source);

        SitrepException e = assertThrows(SitrepException.class,
                () -> generate(source, source.resolve("site")));

        assertTrue(e.getMessage().contains("inside the source directory"), e.getMessage());
        assertEquals(before, list(source));
    }

    private static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.sorted().toList();
        }
    }
}
