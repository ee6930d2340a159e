package dev.sitrep.site;

import dev.sitrep.CheckResult;
import dev.sitrep.Fixture;
import dev.sitrep.Sitrep;
import dev.sitrep.SitrepException;
import dev.sitrep.SitrepOptions;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SiteGeneratorTest {

    private static final SiteContext CONTEXT = new SiteContext(Fixture.repository(Fixture.config("UTC",
            Fixture.component("api", null)), List.of(), List.of()), Instant.parse("2026-11-20T12:00:00Z"),
            Optional.empty());

    private static OutputFile file(String path) {
        return new OutputFile(path, path.getBytes(StandardCharsets.UTF_8));
    }

    private static SitePart part(OutputFile... files) {
        return (context, sink) -> List.of(files).forEach(sink::put);
    }

    @Test
    void filesOfAllPartsSortedByPath() {
        SiteGenerator generator = new SiteGenerator(List.of(part(file("z.html"), file("a/b.json")),
                part(file("m.xml"))));

        assertEquals(List.of("a/b.json", "m.xml", "z.html"),
                generator.render(CONTEXT).stream().map(OutputFile::path).toList());
    }

    @Test
    void twoPartsWritingOnePathIsABug() {
        SiteGenerator generator = new SiteGenerator(List.of(part(file("index.html")),
                part(file("index.html"))));

        SitrepException e = assertThrows(SitrepException.class, () -> generator.render(CONTEXT));

        assertTrue(e.getMessage().startsWith("two parts of the site write index.html"), e.getMessage());
    }

    @Test
    void aFailingPartFailsTheRenderWithItsOwnException() {
        SitrepException failure = new SitrepException("broken template");
        SiteGenerator generator = new SiteGenerator(List.of(part(file("a")), (c, sink) -> {
            throw failure;
        }));

        assertSame(failure, assertThrows(SitrepException.class, () -> generator.render(CONTEXT)));
    }

    @Test
    void standardSiteHasTheApiAndTheFeeds() {
        List<String> paths = SiteGenerator.standard().render(CONTEXT).stream().map(OutputFile::path).toList();

        assertTrue(paths.containsAll(List.of("api/v2/summary.json", "history.atom", "history.rss")), paths.toString());
    }

    @Test
    void parallelRenderingGivesTheSingleThreadedBytes() {
        Path example = Path.of("../incidents/incidents").toAbsolutePath().normalize();
        Instant now = Instant.parse("2026-11-20T12:00:00Z");
        CheckResult check = Sitrep.check(new SitrepOptions(example, example.resolveSibling("site"), example, now));
        SiteContext context = new SiteContext(check.repository().orElseThrow(), now, Optional.empty());
        assertTrue(context.repository().incidents().size() > 10, "the example has enough pages to split");

        List<OutputFile> reference = SiteGenerator.singleThreaded().render(context);
        for (int run = 0; run < 3; run++) {
            List<OutputFile> parallel = SiteGenerator.standard().render(context);

            assertEquals(reference.stream().map(OutputFile::path).toList(),
                    parallel.stream().map(OutputFile::path).toList());
            for (int i = 0; i < reference.size(); i++) {
                assertArrayEquals(reference.get(i).content(), parallel.get(i).content(), reference.get(i).path());
            }
        }
    }
}
