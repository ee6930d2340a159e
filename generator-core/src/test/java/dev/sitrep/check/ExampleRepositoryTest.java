package dev.sitrep.check;

import dev.sitrep.CheckResult;
import dev.sitrep.Sitrep;
import dev.sitrep.SitrepOptions;
import dev.sitrep.finding.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The example status repository ({@code incidents/}) gives exactly the findings that its
 * {@code EXPECTED-FINDINGS.md} lists in the block under "Exact output".
 */
class ExampleRepositoryTest {

    private static final Path PROJECT = Path.of("..", "incidents");
    private static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");

    @TempDir
    Path out;

    private CheckResult check(Instant now) {
        return Sitrep.check(new SitrepOptions(PROJECT.resolve("incidents"), out, PROJECT, now));
    }

    private static List<String> documented() throws IOException {
        String doc = Files.readString(PROJECT.resolve("EXPECTED-FINDINGS.md"), StandardCharsets.UTF_8);
        int heading = doc.indexOf("\n## Exact output\n");
        assertTrue(heading >= 0, "EXPECTED-FINDINGS.md has no '## Exact output' section");
        int start = doc.indexOf("```text\n", heading) + "```text\n".length();
        int end = doc.indexOf("```", start);
        return doc.substring(start, end).lines().toList();
    }

    @Test
    void findingsAreExactlyTheDocumentedOnes() throws IOException {
        CheckResult result = check(NOW);
        assertEquals(String.join("\n", documented()),
                String.join("\n", result.findings().stream().map(Finding::format).toList()));
        assertEquals(0, result.errors());
        assertEquals(9, result.warnings());
        assertEquals(19, result.repository().orElseThrow().incidents().size());
    }

    @Test
    void theDraftPostmortemBecomesTheOneErrorOnceItIsDue() {
        CheckResult result = check(Instant.parse("2026-11-21T10:21:00Z"));
        assertEquals(List.of("incidents/2026/2026-11-19-checkout-3ds-failures/postmortem.md:3:1: error: postmortem for "
                        + "this P1 incident was due 2026-11-21T10:20:00Z (2d after resolution) and is 1m overdue; "
                        + "publish postmortem.md with status: published"),
                result.findings().stream().filter(Finding::isError).map(Finding::format).toList());
    }
}
