package dev.sitrep.site.html;

import dev.sitrep.CheckResult;
import dev.sitrep.Sitrep;
import dev.sitrep.SitrepOptions;
import dev.sitrep.site.OutputFile;
import dev.sitrep.site.SiteContext;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertFalse;

class ExampleSiteTest {

    @Test
    void rendersTheExample() throws IOException {
        Path source = Path.of("../incidents/incidents");
        Instant now = Instant.parse("2026-11-20T12:00:00Z");
        CheckResult result = Sitrep.check(new SitrepOptions(source, Path.of("target/example-site"), Path.of(".."), now));
        assertFalse(result.hasDataErrors(), result.findings().toString());
        List<OutputFile> files = new HtmlPages().render(new SiteContext(result.repository().orElseThrow(), now, Optional.empty()));
        Path out = Path.of("target/example-site");
        for (OutputFile f : files) {
            Path p = out.resolve(f.path());
            Files.createDirectories(p.getParent() == null ? out : p.getParent());
            Files.write(p, f.content());
        }
    }
}
