package dev.sitrep.markdown;

import dev.sitrep.GenerateResult;
import dev.sitrep.Sitrep;
import dev.sitrep.SitrepOptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The time {@code generate} (which reads and checks first) takes on a postmortem body grows in proportion to the
 * body: each shape is fed at 1x, 2x and 4x its base size, and the 4x run may take at most 10 times the 1x run (in
 * proportion it takes 4 times; a cost that grows with the square of the size takes 16). The shapes are the ones
 * that made flexmark slow or crash, both within sitrep's limits (rendered) and beyond them (refused with a finding).
 * Each figure is the fastest of three runs, after a warm-up, so that a busy machine does not fail the test.
 */
class MarkdownCostTest {

    private static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");
    private static final String INCIDENT = """
            title: Checkout errors
            severity: P1
            components:
              api: partial_outage
            detected: 2026-11-03T14:02:00Z
            acknowledged: 2026-11-03T14:05:00Z
            resolved: 2026-11-03T15:40:00Z
            updates:
              - {at: 2026-11-03T14:08:00Z, status: investigating, message: Looking.}
              - {at: 2026-11-03T15:40:00Z, status: resolved, message: Fixed.}
            """;

    @TempDir
    static Path tmp;

    record Shape(String name, IntFunction<String> body) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Shape> shapes() {
        return Stream.of(
                new Shape("tables of 390 rows", n -> repeat(n * 5, i -> table(390))),
                new Shape("lists nested 15 deep", n -> repeat(n * 80, i -> list(15))),
                new Shape("block quotes nested 16 deep", n -> repeat(n * 200, i -> ">".repeat(16) + " quoted\n\n")),
                new Shape("long lines", n -> repeat(n * 4, i -> "word ".repeat(20_000) + "\n\n")),
                new Shape("paragraphs of 200 links", n -> repeat(n * 30, i -> "[a](https://x.example/a) ".repeat(200)
                        + "\n\n")),
                new Shape("paragraphs of 1,000 emphasis markers", n -> repeat(n * 30, i -> "*a* ".repeat(500) + "\n\n")),
                new Shape("paragraphs of 2,000 code-span markers", n -> repeat(n * 15, i -> "e`".repeat(2000) + "\n\n")),
                new Shape("paragraphs of 500 inline tags and entities", n -> repeat(n * 30, i -> "<b>x</b> &amp; "
                        .repeat(166) + "\n\n")),
                new Shape("a paragraph of 20,000 autolinks (refused)", n -> "<a@b.co> ".repeat(n * 20_000)),
                new Shape("block quotes nested 5,000 deep (refused)", n -> repeat(n * 20, i -> ">".repeat(5000) + " x\n\n")),
                new Shape("a paragraph of 20,000 links (refused)", n -> "[a](b) ".repeat(n * 20_000)),
                new Shape("emphasis runs (refused)", n -> repeat(n * 20, i -> "x" + "*".repeat(3000) + "x\n\n")),
                new Shape("a table of 30,000 rows (refused)", n -> table(n * 30_000)),
                new Shape("paragraphs of 500 log lines", n -> repeat(n * 12, i -> "2026-11-03 14:02 e\n".repeat(500)
                        + "\n")),
                new Shape("a paragraph of 40,000 short lines (refused)", n -> "=x\n".repeat(n * 40_000)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shapes")
    void timeGrowsInProportionToTheBody(Shape shape) throws IOException {
        Path source = tmp.resolve(shape.name().replaceAll("[^a-z0-9]+", "-"));
        seconds(source, shape.body().apply(1)); // warm-up
        double one = fastest(source, shape.body().apply(1));
        double four = fastest(source, shape.body().apply(4));
        assertTrue(four <= 10 * Math.max(one, 0.02), String.format("%s: 1x took %.3f s, 4x took %.3f s (%.1f times)",
                shape, one, four, four / one));
    }

    private static double fastest(Path source, String body) throws IOException {
        double best = Double.MAX_VALUE;
        for (int run = 0; run < 3; run++) {
            best = Math.min(best, seconds(source, body));
        }
        return best;
    }

    private static double seconds(Path source, String body) throws IOException {
        write(source, "sitrep.yaml", "title: T\nbaseUrl: https://s.example\ncomponents:\n  - {id: api, name: API}\n");
        write(source, "2026/2026-11-03-checkout-errors/incident.yaml", INCIDENT);
        StringBuilder postmortem = new StringBuilder("---\nauthors: [Dana Ito]\nstatus: published\n"
                + "published: 2026-11-04T16:00:00Z\n---\n");
        for (String section : List.of("Summary", "Timeline", "Root Cause", "Impact", "Action Items")) {
            postmortem.append("## ").append(section).append("\n\n")
                    .append(section.equals("Summary") ? body : "Text.").append("\n\n");
        }
        write(source, "2026/2026-11-03-checkout-errors/postmortem.md", postmortem.toString());
        long start = System.nanoTime();
        GenerateResult result = Sitrep.generate(new SitrepOptions(source, source.resolveSibling(source.getFileName()
                + "-site"), source, NOW));
        double seconds = (System.nanoTime() - start) / 1e9;
        assertTrue(result.check().findings().stream().noneMatch(f -> f.isError()
                && !f.rule().id().equals("markdown-limit")), result.check().findings().toString());
        return seconds;
    }

    private static void write(Path root, String path, String text) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static String repeat(int times, IntFunction<String> block) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < times; i++) {
            out.append(block.apply(i));
        }
        return out.toString();
    }

    private static String table(int rows) {
        StringBuilder table = new StringBuilder("| metric | value |\n|---|---|\n");
        for (int i = 0; i < rows; i++) {
            table.append("| `p99_").append(i).append("` | *").append(i).append("* ms |\n");
        }
        return table.append('\n').toString();
    }

    private static String list(int depth) {
        StringBuilder list = new StringBuilder();
        for (int i = 0; i < depth; i++) {
            list.append("  ".repeat(i)).append("- level ").append(i + 1).append('\n');
        }
        return list.append('\n').toString();
    }
}
