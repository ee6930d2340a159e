package dev.sitrep.check;

import dev.sitrep.CheckResult;
import dev.sitrep.Sitrep;
import dev.sitrep.SitrepOptions;
import dev.sitrep.finding.Finding;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/** A small source tree in a temporary folder, checked through the front door; findings as printed lines. */
final class TestRepo {

    /** Shortly after the default incident was resolved: no postmortem deadline has passed. */
    static final Instant NOW = Instant.parse("2026-11-03T16:00:00Z");

    static final String CONFIG = """
            title: Acme Status
            baseUrl: https://status.acme.example
            components:
              - {id: api, name: Public API}
              - {id: checkout, name: Checkout}
              - {id: web, name: Web}
            """;

    /** A P1 incident that breaks no rule at {@link #NOW}. */
    static final String INCIDENT = """
            title: Checkout timeouts
            severity: P1
            components:
              checkout: partial_outage
            detected: 2026-11-03T14:02:00Z
            acknowledged: 2026-11-03T14:05:00Z
            resolved: 2026-11-03T15:40:00Z
            updates:
              - at: 2026-11-03T14:08:00Z
                status: investigating
                message: Investigating.
              - at: 2026-11-03T15:00:00Z
                status: monitoring
                message: Fixed.
              - at: 2026-11-03T15:40:00Z
                status: resolved
                message: Recovered.
            """;

    /** The body of a postmortem with every default required section. */
    static final String SECTIONS = """
            ## Summary
            Text.

            ## Timeline
            Text.

            ## Root Cause
            Text.

            ## Impact
            Text.

            ## Action Items
            Text.
            """;

    private final Path root;

    TestRepo(Path root) {
        this.root = root;
        write("sitrep.yaml", CONFIG);
    }

    TestRepo write(String path, String text) {
        try {
            Path file = root.resolve(path);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    CheckResult result(Instant now) {
        return Sitrep.check(new SitrepOptions(root, root.resolve("out"), root, now));
    }

    /** Every finding as {@code path:line:col: level: message}. */
    List<String> check(Instant now) {
        return result(now).findings().stream().map(Finding::format).toList();
    }

    List<String> check() {
        return check(NOW);
    }
}
