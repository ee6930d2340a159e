package dev.sitrep.author;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/** A small incident repository in a temporary folder: Europe/Berlin, three components, the default severities. */
final class TestRepo {

    static final String CONFIG = """
            title: Acme Status
            baseUrl: https://status.acme.example/
            timezone: Europe/Berlin
            components:
              - {id: api, name: Public API}
              - {id: checkout, name: Checkout}
              - {id: web, name: Web Dashboard}
            postmortem:
              dueWithin: 48h
              requiredSections:
                - {name: Summary, aliases: [TL;DR]}
                - Timeline
                - {name: Root Cause, aliases: [Contributing Factors]}
                - Impact
                - Action Items
            """;

    final Path base;
    final Path source;

    TestRepo(Path base) {
        this.base = base;
        this.source = base.resolve("incidents");
        write("sitrep.yaml", CONFIG);
    }

    Path write(String relative, String text) {
        Path file = source.resolve(relative);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    String read(String relative) {
        try {
            return Files.readString(source.resolve(relative), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Workspace load(Instant now) {
        return Workspace.load(source, base, now);
    }
}
