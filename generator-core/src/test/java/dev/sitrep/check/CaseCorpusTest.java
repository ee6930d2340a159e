package dev.sitrep.check;

import dev.sitrep.CheckResult;
import dev.sitrep.GenerateResult;
import dev.sitrep.Sitrep;
import dev.sitrep.SitrepOptions;
import dev.sitrep.finding.Finding;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The bad-input corpus: every folder under {@code src/test/resources/cases/} is a small source tree with an
 * {@code expected.txt} that lists its findings exactly as {@code sitrep:check} prints them, paths relative to the
 * case folder. Adding a case means adding a folder.
 *
 * <p>Each case is copied to a temporary folder before it is checked. While copying, a marker
 * {@code {{repeat C N}}} in a file is replaced by the character {@code C} repeated {@code N} times, so that huge
 * inputs need not be committed. The clock is {@link #NOW} unless the case has a {@code now.txt}.
 *
 * <p>Run with {@code -Dsitrep.updateExpected=true} to rewrite every {@code expected.txt} from the actual findings;
 * review the diff before committing it.
 */
class CaseCorpusTest {

    static final Path CASES = Path.of("src", "test", "resources", "cases");
    static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");
    private static final Pattern REPEAT = Pattern.compile("\\{\\{repeat (\\S) (\\d{1,9})\\}\\}");
    private static final String EXPECTED = "expected.txt";

    @TempDir
    Path tmp;

    static Stream<String> cases() throws IOException {
        try (Stream<Path> folders = Files.list(CASES)) {
            List<String> names = folders.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted()
                    .toList();
            assertFalse(names.isEmpty(), "no cases under " + CASES.toAbsolutePath());
            return names.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void findingsMatchExpected(String name) throws IOException {
        Path source = CASES.resolve(name);
        CheckResult result = Sitrep.check(options(name));
        List<String> actual = result.findings().stream().map(Finding::format).toList();

        Path expectedFile = source.resolve(EXPECTED);
        if (Boolean.getBoolean("sitrep.updateExpected")) {
            Files.writeString(expectedFile, actual.isEmpty() ? "" : String.join("\n", actual) + "\n",
                    StandardCharsets.UTF_8);
            return;
        }
        List<String> expected = Files.exists(expectedFile) ? Files.readAllLines(expectedFile, StandardCharsets.UTF_8)
                : List.of();
        assertEquals(String.join("\n", expected), String.join("\n", actual),
                "findings of case " + name + " (rewrite with -Dsitrep.updateExpected=true and review the diff)");
    }

    /**
     * {@code generate} refuses exactly what {@code check} reports as data errors, with the same findings, and never
     * throws on bad input: a pull request that passes {@code check} can always be published.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void generateAgreesWithCheck(String name) throws IOException {
        SitrepOptions options = options(name);
        CheckResult check = Sitrep.check(options);
        GenerateResult generate = Sitrep.generate(options);
        assertEquals(check.findings(), generate.check().findings(), name);
        assertEquals(!check.hasDataErrors() && check.repository().isPresent(), generate.written(), name);
    }

    /** The options of a run on a copy of case {@code name}, at its clock ({@code now.txt}, or {@link #NOW}). */
    private SitrepOptions options(String name) throws IOException {
        Path source = CASES.resolve(name);
        Path copy = tmp.resolve(name);
        copyExpanding(source, copy);
        Path nowFile = source.resolve("now.txt");
        Instant now = Files.exists(nowFile) ? Instant.parse(Files.readString(nowFile).strip()) : NOW;
        return new SitrepOptions(copy, tmp.resolve("site"), copy, now);
    }

    private static void copyExpanding(Path from, Path to) throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(from)) {
            walk.sorted().forEach(files::add);
        }
        for (Path file : files) {
            Path target = to.resolve(from.relativize(file).toString());
            if (Files.isDirectory(file)) {
                Files.createDirectories(target);
            } else if (!file.getFileName().toString().equals(EXPECTED)
                    && !file.getFileName().toString().equals("now.txt")) {
                // ISO-8859-1 maps every byte to one char and back, so files that are not UTF-8 survive unchanged
                String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                Matcher m = REPEAT.matcher(text);
                StringBuilder out = new StringBuilder();
                while (m.find()) {
                    m.appendReplacement(out, Matcher.quoteReplacement(m.group(1).repeat(Integer.parseInt(m.group(2)))));
                }
                m.appendTail(out);
                Files.write(target, out.toString().getBytes(StandardCharsets.ISO_8859_1));
            }
        }
    }
}
