package dev.sitrep.fuzz;

import dev.sitrep.GenerateResult;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

/**
 * Fuzz target {@code markdown}: the Markdown pipeline and the sanitiser. The input is the end of the body of a
 * published postmortem, after a fixed front matter and the five required sections (so that the postmortem reads
 * without data errors and the site is written whatever the input holds); {@code sitrep:generate} writes the site, and
 * the incident page, parsed as a browser would, must hold no executable content ({@link
 * Oracles#requireNoExecutableContent}). The site is the smallest that holds the page (two components, that one
 * incident): every run writes all of it, and the smaller site is a quarter faster.
 */
public final class MarkdownTarget {

    private static final byte[] CONFIG = """
            title: Acme Status
            baseUrl: https://status.acme.example
            timezone: Europe/Berlin
            components:
              - {id: checkout, name: Checkout}
              - {id: api, name: Public API}
            """.getBytes(StandardCharsets.UTF_8);
    private static final Set<String> LEFT_OUT = Set.of("2026/2026-10-02-checkout-errors/incident.yaml",
            "2026/2026-10-02-checkout-errors/postmortem.md", FuzzTree.MAINTENANCE);
    private static final byte[] HEAD = """
            ---
            authors: [Dana Ito]
            status: published
            published: 2026-11-04T16:00:00Z
            ---
            ## Summary
            Checkout requests timed out for 98 minutes.

            ## Timeline
            - 14:02 alert fired

            ## Root Cause
            A connection pool was too small.

            ## Impact
            Some payments failed.

            ## Action Items
            None.

            """.getBytes(StandardCharsets.UTF_8);

    private MarkdownTarget() {
    }

    /** Jazzer calls this once, before the first input and its timeout: see {@link FuzzTarget#warmUp()}. */
    public static void fuzzerInitialize() {
        FuzzTarget.MARKDOWN.warmUp();
    }

    /** Jazzer's entry point: one input. */
    public static void fuzzerTestOneInput(byte[] input) {
        KnownBugs.tolerate(input, () -> test(input));
    }

    /** One run, stepping over nothing. */
    static void test(byte[] input) {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.writeBytes(HEAD);
        file.writeBytes(Inputs.expand(input));
        byte[] bytes = file.toByteArray();
        FuzzTree tree = FuzzTree.shared();
        tree.reset(Map.of(FuzzTree.CONFIG, CONFIG, FuzzTree.POSTMORTEM, bytes), LEFT_OUT);
        GenerateResult result = tree.generate();
        Oracles.requireSaneFindings(result.check(), tree.display(FuzzTree.POSTMORTEM), bytes);
        if (!result.written()) {
            return;
        }
        Path page = tree.output.resolve("incidents").resolve(FuzzTree.INCIDENT_ID).resolve("index.html");
        if (!Files.isRegularFile(page)) {
            throw new AssertionError("the site was written without the incident page " + page);
        }
        Oracles.requireNoExecutableContent(page);
    }
}
