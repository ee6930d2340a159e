package dev.sitrep.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The fuzz targets, by the name that {@code -Dsitrep.fuzz.targets} selects them with. Each has its files under
 * {@code src/test/resources/dev/sitrep/fuzz/<name>/}: {@code seeds/} (valid inputs the fuzzer starts from),
 * {@code regressions/} (inputs that once crashed, replayed by every test run) and {@code known-crashes/} (inputs
 * that crash with a {@link KnownBugs known bug} until it is fixed).
 */
enum FuzzTarget {

    CONFIG("config", ConfigTarget.class, ConfigTarget::test, Libraries.YAML, "yaml.dict"),
    INCIDENT("incident", IncidentTarget.class, IncidentTarget::test, Libraries.YAML, "yaml.dict"),
    MAINTENANCE("maintenance", MaintenanceTarget.class, MaintenanceTarget::test, Libraries.YAML, "yaml.dict"),
    POSTMORTEM("postmortem", PostmortemTarget.class, PostmortemTarget::test, Libraries.YAML_AND_MARKDOWN,
            "yaml.dict", "markdown.dict"),
    MARKDOWN("markdown", MarkdownTarget.class, MarkdownTarget::test, Libraries.MARKDOWN_AND_HTML, "markdown.dict"),
    AUTHOR("author", AuthorTarget.class, AuthorTarget::test, Libraries.YAML, "yaml.dict", "author.dict");

    static final String SEEDS = "seeds";
    static final String REGRESSIONS = "regressions";
    static final String KNOWN_CRASHES = "known-crashes";

    private final String id;
    private final Class<?> targetClass;
    private final Consumer<byte[]> test;
    private final List<String> instrumented;
    private final List<String> dictionaries;

    FuzzTarget(String id, Class<?> targetClass, Consumer<byte[]> test, List<String> instrumented,
               String... dictionaries) {
        this.id = id;
        this.targetClass = targetClass;
        this.test = test;
        this.instrumented = instrumented;
        this.dictionaries = List.of(dictionaries);
    }

    /**
     * The classes Jazzer instruments for this target ({@code --instrumentation_includes}): sitrep and the libraries
     * its input reaches. Instrumenting is slow (Jackson's databind alone is 500 classes, 15 s on a busy CI machine), so
     * each target instruments only the readers its input goes through: the YAML parser (snakeyaml and Jackson's
     * streaming and YAML layers), flexmark, and for the rendered page jsoup.
     */
    List<String> instrumented() {
        return instrumented;
    }

    String id() {
        return id;
    }

    /** The class Jazzer runs: it has {@code fuzzerTestOneInput(byte[])}. */
    Class<?> targetClass() {
        return targetClass;
    }

    /** Runs one input in this JVM without stepping over known bugs: what a regression replay does. */
    void test(byte[] input) {
        test.accept(input);
    }

    /**
     * Runs every seed once. The first run of a JVM loads, and so instruments, hundreds of classes, which on a busy
     * machine takes longer than libFuzzer's per-input timeout; Jazzer runs this before it starts that clock. A seed
     * that fails here fails the run: the seeds are valid inputs.
     */
    void warmUp() {
        for (Path seed : inputs(SEEDS)) {
            try {
                test(Files.readAllBytes(seed));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The dictionaries of YAML and Markdown tokens, in {@code src/test/resources/dev/sitrep/fuzz/}. */
    List<Path> dictionaries() {
        return dictionaries.stream().map(FuzzTarget::resource).toList();
    }

    /** The files of one of this target's input folders ({@link #SEEDS}, ...), sorted; none if it has no such folder. */
    List<Path> inputs(String folder) {
        Path dir = resource("").resolve(id).resolve(folder);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Package patterns of the libraries that read sitrep's input. */
    private static final class Libraries {
        static final List<String> YAML = List.of("dev.sitrep.**", "org.yaml.**", "com.fasterxml.jackson.core.**",
                "com.fasterxml.jackson.dataformat.**");
        static final List<String> YAML_AND_MARKDOWN = List.of("dev.sitrep.**", "org.yaml.**",
                "com.fasterxml.jackson.core.**", "com.fasterxml.jackson.dataformat.**", "com.vladsch.**");
        static final List<String> MARKDOWN_AND_HTML = List.of("dev.sitrep.**", "com.vladsch.**", "org.jsoup.**");
    }

    @Override
    public String toString() {
        return id;
    }

    /** The targets that {@code spec} names ({@code postmortem,markdown}); all of them for a blank spec. */
    static List<FuzzTarget> selected(String spec) {
        if (spec == null || spec.isBlank()) {
            return List.of(values());
        }
        return Arrays.stream(spec.split(",")).map(String::strip).filter(s -> !s.isEmpty()).map(s -> Arrays.stream(
                        values()).filter(t -> t.id.equals(s.toLowerCase(Locale.ROOT))).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown fuzz target '" + s + "' in sitrep.fuzz.targets;"
                        + " the targets are " + Arrays.stream(values()).map(FuzzTarget::id)
                        .collect(Collectors.joining(", "))))).distinct().toList();
    }

    /** A file or folder of {@code dev/sitrep/fuzz/} on the test classpath. */
    static Path resource(String name) {
        URL url = FuzzTarget.class.getResource(name.isEmpty() ? "tree" : name);
        if (url == null) {
            throw new IllegalStateException("no test resource dev/sitrep/fuzz/" + name);
        }
        try {
            Path path = Path.of(url.toURI());
            return name.isEmpty() ? path.getParent() : path;
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
