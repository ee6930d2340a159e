package dev.sitrep.site.html;

import dev.sitrep.site.OutputFile;
import dev.sitrep.site.SiteContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The HTML pages of {@link SiteFixture}, byte for byte, against {@code src/test/resources/site/golden/}, so that every
 * change to a template or a page model shows up in review. After an intended change, rewrite the expected files with
 * {@code mvn -pl generator-core test -Dtest=GoldenPagesTest -Dsitrep.golden.update=true} and review the diff.
 */
class GoldenPagesTest {

    private static final Path GOLDEN = Path.of("src/test/resources/site/golden");

    @Test
    void pagesMatchTheGoldenFiles(@TempDir Path dir) throws IOException {
        SiteContext context = new SiteContext(SiteFixture.read(SiteFixture.write(dir)), SiteFixture.NOW, Optional.empty());
        List<OutputFile> pages = new HtmlPages().render(context).stream()
                .filter(f -> f.path().endsWith(".html")).toList();
        if (Boolean.getBoolean("sitrep.golden.update")) {
            for (OutputFile page : pages) {
                Path file = GOLDEN.resolve(page.path());
                Files.createDirectories(file.getParent());
                Files.write(file, page.content());
            }
        }
        List<String> expectedPaths = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(GOLDEN)) {
            walk.filter(Files::isRegularFile).map(p -> GOLDEN.relativize(p).toString().replace('\\', '/')).sorted()
                    .forEach(expectedPaths::add);
        }
        assertEquals(expectedPaths, pages.stream().map(OutputFile::path).sorted().toList(),
                "the golden files are the pages; rerun with -Dsitrep.golden.update=true after an intended change");
        for (OutputFile page : pages) {
            assertEquals(Files.readString(GOLDEN.resolve(page.path())), new String(page.content(), StandardCharsets.UTF_8),
                    page.path() + " differs from its golden file; rerun with -Dsitrep.golden.update=true after an "
                            + "intended change");
        }
    }
}
