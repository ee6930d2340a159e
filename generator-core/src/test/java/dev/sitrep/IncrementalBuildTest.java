package dev.sitrep;

import dev.sitrep.cache.BuildCache;
import dev.sitrep.finding.Finding;
import dev.sitrep.finding.Level;
import dev.sitrep.finding.Rule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An incremental build gives exactly the site a build from nothing gives. A copy of the example repository is built
 * once with a cache; then a series of edits is applied, and after each one the site rebuilt over the previous one
 * with the cache is compared, byte for byte and file by file, with a site built from nothing without a cache.
 */
class IncrementalBuildTest {

    private static final Path EXAMPLE = Path.of("../incidents/incidents");
    private static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");
    private static final String OPEN = "2026/2026-11-20-search-query-latency/incident.yaml";
    private static final String DRAFT = "2026/2026-11-19-checkout-3ds-failures/postmortem.md";

    @TempDir
    Path temp;

    private Path source;
    private Path site;
    private Path cache;
    private int cold;

    @Test
    void everyEditGivesTheSiteOfABuildFromNothing() throws IOException {
        source = temp.resolve("source");
        copy(EXAMPLE, source);
        site = temp.resolve("site");
        cache = temp.resolve("cache");
        Instant now = NOW;

        compare("the first build", now);
        assertEquals(0, compare("nothing changed", now).changed(), "a rebuild of the same input writes nothing");

        append(OPEN, """
                  - at: 2026-11-20T11:58:00Z
                    status: monitoring
                    message: Latency is back under one second for most queries.
                """);
        int changed = compare("one update added", now).changed();
        assertTrue(changed > 0 && changed < 40, "one update changes a few files, not the site: " + changed);

        // the status moves back: the cards of the history pages say so
        append(OPEN, """
                  - at: 2026-11-20T11:59:00Z
                    status: identified
                    message: A second node started rebalancing; we are throttling it too.
                """);
        compare("an update that changes the status", now);

        // a typo fixed in a message: no time changes, only the words on the pages and in the feeds
        replace(OPEN, "compete with query traffic", "contend with query traffic");
        compare("an update's message corrected", now);

        replace(DRAFT, "status: draft", "status: published\npublished: 2026-11-20T11:30:00Z\nfactors: [dependency]");
        compare("a postmortem published", now);

        appendAfter("2026/2026-06-17-api-gateway-outage/postmortem.md", "## Summary\n",
                "\nA sentence added to the summary after publication.\n");
        compare("a published postmortem edited", now);

        replace("sitrep.yaml", "name: Public API", "name: Public REST API");
        compare("a component renamed", now);

        write("templates/strings_en.properties", "nav.postmortems = Incident reviews\n");
        compare("a string overridden", now);

        String layout = new String(getClass().getClassLoader().getResourceAsStream("dev/sitrep/templates/layout.ftlh")
                .readAllBytes(), StandardCharsets.UTF_8);
        write("templates/layout.ftlh", layout.replace("</footer>", "<p class=\"acme\">Acme SRE</p></footer>"));
        compare("a template overridden", now);

        now = now.plus(Duration.ofHours(1));
        compare("the clock an hour later", now);

        now = now.plus(Duration.ofDays(1));
        compare("the clock a day later", now);

        // 2026-07-21-search-results-stale lists it as related: its page shows the new title
        replace("2026/2026-06-09-search-indexing-lag/incident.yaml", "title: Search results missing recently "
                + "created records", "title: Search index behind by hours");
        compare("a related incident retitled", now);

        Files.delete(source.resolve("maintenance/2026-07-29-database-minor-upgrade.yaml"));
        compare("a maintenance deleted", now);

        deleteTree(source.resolve("2026/2026-08-05-api-docs-not-found"));
        compare("an incident deleted", now);

        append("sitrep.yaml", "language: de\n");
        compare("the language changed", now);
    }

    @Test
    void aDamagedCacheIsNeverTrustedAndSaysSo() throws IOException {
        source = temp.resolve("source");
        copy(EXAMPLE, source);
        site = temp.resolve("site");
        cache = temp.resolve("cache");
        compare("the first build", NOW);
        Path file = cache.resolve(BuildCache.FILE);

        // a damaged value (an update's message, in what reading the open incident gave): that file is read again
        damage(file, "compete with query traffic");
        assertEquals(List.of("warning: the build cache " + file + " is damaged (its checksum does not match for 1 "
                + "value); what they held was made again"), compare("a damaged value", NOW).check().notices());
        assertEquals(List.of(), compare("the value made again", NOW).check().notices());

        // a damaged index (a file's name, by which its size and time are known): the whole cache is ignored
        damage(file, "INCIDENT:source/");
        assertEquals(List.of("warning: the build cache " + file + " is damaged (its checksum does not match); it is "
                + "ignored and everything is built"), compare("a damaged index", NOW).check().notices());

        Files.writeString(file, "not a cache at all");
        assertTrue(compare("a foreign file", NOW).check().notices().get(0).contains("is not sitrep's"));
        assertEquals(List.of(), compare("the cache rewritten", NOW).check().notices());
    }

    /** Changes the case of the next-to-last letter of the first {@code text} in {@code file}. */
    private static void damage(Path file, String text) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        byte[] find = text.getBytes(StandardCharsets.UTF_8);
        for (int at = 0; at + find.length <= bytes.length; at++) {
            if (Arrays.equals(bytes, at, at + find.length, find, 0, find.length)) {
                bytes[at + find.length - 2] ^= 0x20;
                Files.write(file, bytes);
                return;
            }
        }
        throw new AssertionError(text + " is not in " + file);
    }

    @Test
    void aFileTakenFromTheCacheKeepsItsFindings() throws IOException {
        source = temp.resolve("source");
        copy(EXAMPLE, source);
        cache = temp.resolve("cache");
        // two components with the same id: sitrep.yaml has an error, which every check must report, read or not
        replace("sitrep.yaml", "  - id: web\n", "  - id: api\n");
        SitrepOptions options = new SitrepOptions(source, temp.resolve("site"), temp, NOW).withCache(cache);
        List<Finding> first = Sitrep.check(options).findings();
        assertTrue(first.stream().anyMatch(f -> f.level() == Level.ERROR && f.rule() == Rule.DUPLICATE_ID
                && f.location().file().endsWith("sitrep.yaml")), first::toString);
        assertEquals(first, Sitrep.check(options).findings(), "the second check, with every file in the cache");
        assertEquals(first, Sitrep.check(new SitrepOptions(source, temp.resolve("site"), temp, NOW)).findings(),
                "a check without a cache");
    }

    /** Builds incrementally, then from nothing, and asserts that both sites are the same, file for file. */
    private GenerateResult compare(String step, Instant now) throws IOException {
        SitrepOptions options = new SitrepOptions(source, site, temp, now).withCache(cache);
        GenerateResult incremental = Sitrep.generate(options);
        assertTrue(incremental.written(), () -> step + ": " + incremental.check().findings().stream()
                .filter(f -> f.level() == Level.ERROR).toList());
        // a cold build: a new output folder and an empty cache (so that its manifest has the pages' keys too)
        Path fresh = temp.resolve("cold-" + cold);
        GenerateResult reference = Sitrep.generate(new SitrepOptions(source, fresh, temp, now)
                .withCache(temp.resolve("cold-cache-" + cold++)));
        assertEquals(reference.check().findings(), incremental.check().findings(), step + ": findings");
        Map<String, byte[]> expected = files(fresh);
        Map<String, byte[]> actual = files(site);
        assertEquals(expected.keySet(), actual.keySet(), step + ": the files of the site");
        List<String> differ = new ArrayList<>();
        expected.forEach((path, bytes) -> {
            if (!Arrays.equals(bytes, actual.get(path))) {
                differ.add(path);
            }
        });
        assertEquals(List.of(), differ, step + ": files that differ from a build from nothing");
        assertEquals(reference.files(), incremental.files(), step);
        assertEquals(reference.bytes(), incremental.bytes(), step);
        return incremental;
    }

    private static Map<String, byte[]> files(Path root) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path f : walk.filter(Files::isRegularFile).toList()) {
                out.put(root.relativize(f).toString(), Files.readAllBytes(f));
            }
        }
        return out;
    }

    private void append(String file, String text) throws IOException {
        Path f = source.resolve(file);
        String old = Files.readString(f);
        Files.writeString(f, (old.endsWith("\n") ? old : old + "\n") + text);
    }

    private void appendAfter(String file, String anchor, String text) throws IOException {
        replace(file, anchor, anchor + text);
    }

    private void replace(String file, String from, String to) throws IOException {
        Path f = source.resolve(file);
        String old = Files.readString(f);
        assertTrue(old.contains(from), file + " has '" + from + "'");
        Files.writeString(f, old.replace(from, to));
    }

    private void write(String file, String text) throws IOException {
        Path f = source.resolve(file);
        Files.createDirectories(f.getParent());
        Files.writeString(f, text);
    }

    /** Copies the example as a checkout an hour old: unchanged files are then known by their size and time. */
    private static void copy(Path from, Path to) throws IOException {
        Fixture.copyTree(from, to);
        FileTime hourAgo = FileTime.from(Instant.now().minus(Duration.ofHours(1)));
        try (Stream<Path> walk = Files.walk(to)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(p, hourAgo);
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.delete(p);
            }
        }
    }
}
