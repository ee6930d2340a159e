package dev.sitrep;

import dev.sitrep.finding.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
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
 * The whole pipeline through the front door: check, render, publish.
 *
 * <p>The golden test compares the JSON API and the feeds of a small fixture site byte for byte with the files under
 * {@code src/test/resources/dev/sitrep/site/golden/expected}; run with {@code -Dsitrep.updateGolden=true} to rewrite
 * them after an intended change, and review the diff.
 */
class SitrepGenerateTest {

    private static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");
    private static final Path GOLDEN = Path.of("src/test/resources/dev/sitrep/site/golden");
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
    void goldenJsonAndFeeds() throws IOException {
        Path out = temp.resolve("site");
        GenerateResult result = generate(GOLDEN.resolve("source"), out);
        assertTrue(result.written(), findings(result));

        Map<String, byte[]> actual = new TreeMap<>();
        files(out).forEach((path, bytes) -> {
            if (path.startsWith("api/") || path.startsWith("history.")) {
                actual.put(path, bytes);
            }
        });
        Path expectedDir = GOLDEN.resolve("expected");
        if (Boolean.getBoolean("sitrep.updateGolden")) {
            if (Files.exists(expectedDir)) {
                try (Stream<Path> walk = Files.walk(expectedDir)) {
                    for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(p);
                    }
                }
            }
            for (Map.Entry<String, byte[]> file : actual.entrySet()) {
                Path target = expectedDir.resolve(file.getKey());
                Files.createDirectories(target.getParent());
                Files.write(target, file.getValue());
            }
        }
        assertSameTree(files(expectedDir), actual);
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
        Path source = copy(GOLDEN.resolve("source"), temp.resolve("project/incidents"));
        Path out = temp.resolve("project/target/site/status");
        assertTrue(generate(source, out).written());
        Files.writeString(out.resolve("CNAME"), "status.golden.example\n");
        Map<String, byte[]> before = files(out);
        Files.writeString(source.resolve("2026/2026-11-19-slow-search/incident.yaml"), "title: [unclosed\n");

        GenerateResult result = generate(source, out);

        assertFalse(result.written());
        assertTrue(result.check().hasDataErrors(), findings(result));
        assertEquals(0, result.files());
        assertSameTree(before, files(out));
    }

    @Test
    void aBrokenTemplateOverrideLeavesThePreviousSiteByteIdentical() throws IOException {
        Path source = copy(GOLDEN.resolve("source"), temp.resolve("project/incidents"));
        Path out = temp.resolve("project/target/site/status");
        assertTrue(generate(source, out).written());
        Files.writeString(out.resolve("CNAME"), "status.golden.example\n");
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
        Path source = copy(GOLDEN.resolve("source"), temp.resolve("project/incidents"));
        Files.writeString(source.resolve("sitrep.yaml"), "title: [unclosed\n");
        Path out = temp.resolve("project/target/site/status");

        GenerateResult result = generate(source, out);

        assertFalse(result.written());
        assertFalse(Files.exists(out));
    }

    @Test
    void policyFindingsDoNotStopGeneration() throws IOException {
        // a P0 resolved long before now without a postmortem: the postmortem is overdue, a policy error
        Path source = copy(GOLDEN.resolve("source"), temp.resolve("project/incidents"));
        Files.delete(source.resolve("2026/2026-11-02-login-outage/postmortem.md"));
        Path out = temp.resolve("project/target/site/status");

        GenerateResult result = generate(source, out);

        assertFalse(result.check().hasDataErrors(), findings(result));
        assertTrue(result.written(), findings(result));
        assertTrue(Files.readString(out.resolve("api/v2/incidents.json")).contains("\"status\": \"resolved\""));
    }

    @Test
    void refusesToWriteIntoTheSourceDirectory() throws IOException {
        Path source = copy(GOLDEN.resolve("source"), temp.resolve("project/incidents"));
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

    private static Path copy(Path from, Path to) throws IOException {
        List<Path> all = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(from)) {
            walk.sorted().forEach(all::add);
        }
        for (Path p : all) {
            Path target = to.resolve(from.relativize(p).toString());
            if (Files.isDirectory(p)) {
                Files.createDirectories(target);
            } else {
                Files.copy(p, target);
            }
        }
        return to;
    }
}
