package dev.sitrep.fuzz;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One Jazzer run of one target in a child JVM: Jazzer's command-line driver ({@code com.code_intelligence.jazzer.Jazzer})
 * on the test classpath, with libFuzzer's time, per-input timeout and memory limits, the target's corpus in
 * {@code target/fuzz/<target>/corpus/} (its seeds and regressions, plus whatever earlier runs added) and everything
 * it writes in {@code target/fuzz/<target>/}: {@code fuzz.log}, the crash input ({@code crash-<sha1>},
 * {@code timeout-<sha1>}, {@code oom-<sha1>}) and Jazzer's Java reproducer.
 */
final class JazzerRun {

    /** libFuzzer's per-input timeout: an input that runs longer is a finding (a hang, or super-linear time). */
    static final int INPUT_TIMEOUT_SECONDS = 10;
    /** Memory of the child: its heap, and libFuzzer's limit on the whole process (heap, code, coverage maps). */
    static final String HEAP = "-Xmx1g";
    static final int RSS_LIMIT_MB = 2560;
    /** Time the child may take beyond its fuzzing time (JVM start, instrumentation, the last input, the summary). */
    private static final long GRACE_SECONDS = 120;
    private static final Pattern ARTIFACT = Pattern.compile("(crash|timeout|oom|leak|slow-unit)-[0-9a-f]+");
    private static final Pattern STAT = Pattern.compile("stat::(\\w+):\\s+(\\d+)");
    private static final String KNOWN_BUG = "INFO: stepped over known bug ";
    private static final Pattern DONE = Pattern.compile("#(\\d+)\\s+DONE\\s+cov: (\\d+) ft: (\\d+) corp: (\\d+)");

    final FuzzTarget target;
    final Path dir;
    final Path log;
    final int exitCode;
    final List<Path> artifacts;
    final long millis;

    private JazzerRun(FuzzTarget target, Path dir, int exitCode, List<Path> artifacts, long millis) {
        this.target = target;
        this.dir = dir;
        this.log = dir.resolve("fuzz.log");
        this.exitCode = exitCode;
        this.artifacts = artifacts;
        this.millis = millis;
    }

    /**
     * Fuzzes {@code target} for {@code seconds} in a child JVM and waits for it.
     *
     * @param root the folder of every target's run ({@code target/fuzz})
     */
    static JazzerRun run(FuzzTarget target, int seconds, Path root) throws IOException, InterruptedException {
        Path dir = Files.createDirectories(root.resolve(target.id()).toAbsolutePath().normalize());
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        for (String folder : List.of(FuzzTarget.SEEDS, FuzzTarget.REGRESSIONS)) {
            for (Path input : target.inputs(folder)) {
                Files.copy(input, corpus.resolve(folder + "-" + input.getFileName()),
                        StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Path dict = dir.resolve("fuzz.dict");
        StringBuilder tokens = new StringBuilder();
        for (Path d : target.dictionaries()) {
            tokens.append(Files.readString(d, StandardCharsets.UTF_8)).append('\n');
        }
        Files.writeString(dict, tokens, StandardCharsets.UTF_8);
        Set<String> before = artifactNames(dir);

        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                HEAP,
                "-Dsitrep.fuzz.workDir=" + dir.resolve("work"),
                "-Dsitrep.fuzz.strict=" + Boolean.getBoolean("sitrep.fuzz.strict"),
                "-cp", String.join(File.pathSeparator, testClasspath()),
                "com.code_intelligence.jazzer.Jazzer",
                "--target_class=" + target.targetClass().getName(),
                "--instrumentation_includes=" + String.join(File.pathSeparator, target.instrumented()),
                "--instrumentation_excludes=dev.sitrep.fuzz.**",
                "--custom_hook_includes=" + String.join(File.pathSeparator, target.instrumented()),
                "--reproducer_path=" + dir,
                "-max_total_time=" + seconds,
                "-timeout=" + INPUT_TIMEOUT_SECONDS,
                "-rss_limit_mb=" + RSS_LIMIT_MB,
                "-artifact_prefix=" + dir + File.separator,
                "-dict=" + dict,
                "-print_final_stats=1"));
        String extra = System.getProperty("sitrep.fuzz.args", "").strip();
        if (!extra.isEmpty()) {
            command.addAll(List.of(extra.split("\\s+")));
        }
        command.add(corpus.toString());
        Path log = dir.resolve("fuzz.log");
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        // the fuzzing repository lies inside sitrep's own checkout: keep git (the publication witness) from finding it,
        // so that every run reads the same files however the checkout's history looks
        builder.environment().keySet().removeIf(k -> k.startsWith("GIT_"));
        builder.environment().put("GIT_CEILING_DIRECTORIES", dir.toString());
        Process process = builder.start();
        long start = System.nanoTime();
        if (!process.waitFor(seconds + GRACE_SECONDS, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            throw new AssertionError("fuzz target " + target + " did not stop within " + (seconds + GRACE_SECONDS)
                    + " s; see " + log);
        }
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        List<Path> artifacts = artifactNames(dir).stream().filter(n -> !before.contains(n)).map(dir::resolve).toList();
        return new JazzerRun(target, dir, process.exitValue(), artifacts, millis);
    }

    /** Whether Jazzer found nothing. */
    boolean passed() {
        return exitCode == 0 && artifacts.isEmpty();
    }

    /**
     * What the test prints: how long, how many inputs, how fast, how much coverage, and a line for each known bug the
     * run stepped over.
     */
    String summary() throws IOException {
        Map<String, String> stats = stats();
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                "fuzz %-11s %5.1f s, %s inputs, %s exec/s, %s new, cov %s, peak %s MB", target, millis / 1000.0,
                stats.getOrDefault("number_of_executed_units", "?"), stats.getOrDefault("average_exec_per_sec", "?"),
                stats.getOrDefault("new_units_added", "?"), stats.getOrDefault("cov", "?"),
                stats.getOrDefault("peak_rss_mb", "?")));
        for (String line : Files.readAllLines(log, StandardCharsets.ISO_8859_1)) {
            if (line.startsWith(KNOWN_BUG)) {
                out.append("\n  ").append(line.substring("INFO: ".length()));
            }
        }
        return out.toString();
    }

    /** What a failure reports: the crash input, how to keep it as a regression, and the stack trace from the log. */
    String failure() throws IOException {
        List<String> lines = Files.readAllLines(log, StandardCharsets.ISO_8859_1);
        int from = 0;
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.contains("== Java Exception") || l.contains("==ERROR") || l.contains("ALARM:")
                    || l.contains("out-of-memory") || l.contains("Exception in thread")) {
                from = i;
                break;
            }
        }
        if (from == 0) {
            from = Math.max(0, lines.size() - 60);
        }
        String excerpt = String.join("\n", lines.subList(from, Math.min(lines.size(), from + 80)));
        StringBuilder out = new StringBuilder("fuzz target ").append(target).append(": Jazzer reported a finding (exit code ")
                .append(exitCode).append(")\n");
        for (Path a : artifacts) {
            out.append("  input: ").append(a).append('\n');
        }
        if (!artifacts.isEmpty()) {
            out.append("  keep it as a regression input, once fixed: cp ").append(artifacts.get(0))
                    .append(" src/test/resources/dev/sitrep/fuzz/").append(target).append('/')
                    .append(FuzzTarget.REGRESSIONS).append("/<what-it-is>\n");
        }
        out.append("  log: ").append(log).append("\n\n").append(excerpt);
        return out.toString();
    }

    private Map<String, String> stats() throws IOException {
        Map<String, String> stats = new LinkedHashMap<>();
        if (!Files.exists(log)) {
            return stats;
        }
        for (String line : Files.readAllLines(log, StandardCharsets.ISO_8859_1)) {
            Matcher m = STAT.matcher(line);
            if (m.find()) {
                stats.put(m.group(1), m.group(2));
            }
            Matcher d = DONE.matcher(line);
            if (d.find()) {
                stats.put("cov", d.group(2));
            }
        }
        return stats;
    }

    private static Set<String> artifactNames(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> ARTIFACT.matcher(n).matches())
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }

    /**
     * The classpath of this test JVM as a list of entries. Surefire may start the JVM with a manifest-only jar whose
     * {@code Class-Path} holds the real classpath; such a jar is expanded.
     */
    static List<String> testClasspath() throws IOException {
        List<String> entries = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(Pattern.quote(File.pathSeparator))) {
            if (entry.isEmpty()) {
                continue;
            }
            List<String> inManifest = manifestClassPath(Path.of(entry));
            if (inManifest.isEmpty()) {
                entries.add(entry);
            } else {
                entries.addAll(inManifest);
            }
        }
        return entries;
    }

    /** The entries of a manifest-only jar's {@code Class-Path}; none for any other entry. */
    private static List<String> manifestClassPath(Path entry) throws IOException {
        if (!entry.toString().endsWith(".jar") || !Files.isRegularFile(entry)) {
            return List.of();
        }
        try (JarFile jar = new JarFile(entry.toFile())) {
            Manifest manifest = jar.getManifest();
            String classPath = manifest == null ? null : manifest.getMainAttributes().getValue("Class-Path");
            boolean onlyManifest = jar.stream().noneMatch(e -> e.getName().endsWith(".class"));
            if (classPath == null || !onlyManifest) {
                return List.of();
            }
            URI base = entry.toAbsolutePath().toUri();
            return Arrays.stream(classPath.trim().split("\\s+")).filter(s -> !s.isEmpty())
                    .map(s -> Path.of(base.resolve(s)).toString()).toList();
        }
    }
}
