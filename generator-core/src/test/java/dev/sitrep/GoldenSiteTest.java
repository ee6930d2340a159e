package dev.sitrep;

import dev.sitrep.site.SiteWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The small site ({@link Fixture#site}) generated through the front door, byte for byte: every HTML page, feed, JSON
 * API file and calendar against {@code src/test/resources/dev/sitrep/site/golden/expected/}, so that every change to
 * a template, a page model, a feed, the API or a calendar shows up in review. The stylesheet and the icon are copied as they are and not
 * compared.
 *
 * <p>After an intended change, rewrite the expected files and review their diff:
 * {@code mvn -B -o -pl site-templates,generator-core test -Dtest=GoldenSiteTest -Dsitrep.updateGolden=true}.
 */
class GoldenSiteTest {

    static final Path EXPECTED = Path.of("src/test/resources/dev/sitrep/site/golden/expected");

    /** The one flag that rewrites the expected files. */
    static final String UPDATE = "sitrep.updateGolden";

    @Test
    void theSmallSiteIsByteIdenticalToTheGoldenFiles(@TempDir Path dir) throws IOException {
        Path source = Fixture.site(dir.resolve("incidents"));
        Path out = dir.resolve("site");
        GenerateResult result = Sitrep.generate(new SitrepOptions(source, out, dir, Fixture.SITE_NOW));
        assertTrue(result.written(), result.check().summary());
        Map<String, byte[]> actual = compared(out);

        if (Boolean.getBoolean(UPDATE)) {
            rewrite(actual);
        }
        Map<String, byte[]> expected = files(EXPECTED);
        assertEquals(expected.keySet(), actual.keySet(),
                "the golden files are the site's pages, feeds and API; after an intended change rerun with -D"
                        + UPDATE + "=true and review the diff");
        expected.forEach((path, bytes) -> assertEquals(new String(bytes, StandardCharsets.UTF_8),
                new String(actual.get(path), StandardCharsets.UTF_8),
                path + " differs from its golden file; after an intended change rerun with -D" + UPDATE
                        + "=true and review the diff"));
    }

    /** The files of the site that are compared: everything but the static assets and the writer's manifest. */
    private static Map<String, byte[]> compared(Path site) throws IOException {
        Map<String, byte[]> all = files(site);
        all.keySet().removeIf(path -> path.equals(SiteWriter.MANIFEST) || path.equals("style.css")
                || path.equals("favicon.svg"));
        return all;
    }

    private static void rewrite(Map<String, byte[]> actual) throws IOException {
        if (Files.exists(EXPECTED)) {
            try (Stream<Path> walk = Files.walk(EXPECTED)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        actual.forEach((path, bytes) -> Fixture.file(EXPECTED, path, bytes));
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
}
