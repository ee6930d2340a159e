package dev.sitrep.fuzz;

import dev.sitrep.CheckResult;
import dev.sitrep.GenerateResult;
import dev.sitrep.Sitrep;
import dev.sitrep.SitrepOptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The incident repository a fuzz target writes its input into: a small valid repository (the files under
 * {@code dev/sitrep/fuzz/tree/incidents/}: a configuration, two resolved incidents of one component with published
 * postmortems, one upcoming maintenance) in which the target replaces or adds a file. One tree per JVM, in the folder named by
 * {@code -Dsitrep.fuzz.workDir} (a temporary folder otherwise), made equal to the background plus the input before
 * every run, so that no run sees what an earlier one left.
 */
final class FuzzTree {

    /** The clock of every run: after every incident of the background, before its maintenance. */
    static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");

    static final String CONFIG = "sitrep.yaml";
    /** A resolved incident with a published postmortem, a month after the other one. */
    static final String INCIDENT = "2026/2026-11-03-checkout-timeouts/incident.yaml";
    static final String INCIDENT_ID = "2026-11-03-checkout-timeouts";
    static final String POSTMORTEM = "2026/2026-11-03-checkout-timeouts/postmortem.md";
    static final String MAINTENANCE = "maintenance/2026-12-01-db-upgrade.yaml";
    /** Not in the background: the authoring target's open incident. */
    static final String OPEN_INCIDENT = "2026/2026-11-20-checkout-errors/incident.yaml";
    static final String OPEN_INCIDENT_ID = "2026-11-20-checkout-errors";

    private static FuzzTree shared;

    /** The project folder: paths in findings are relative to it. */
    final Path base;
    /** The incident repository, {@code base/incidents}. */
    final Path source;
    /** Where {@link #generate()} writes the site. */
    final Path output;
    private final Map<String, byte[]> background;

    private FuzzTree(Path base) {
        this.base = base.toAbsolutePath().normalize();
        this.source = this.base.resolve("incidents");
        this.output = this.base.resolve("site");
        this.background = readBackground();
    }

    /** The tree of this JVM. */
    static synchronized FuzzTree shared() {
        if (shared == null) {
            String dir = System.getProperty("sitrep.fuzz.workDir", "");
            try {
                Path base;
                if (dir.isEmpty()) {
                    base = Files.createTempDirectory("sitrep-fuzz-");
                    Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(base)));
                } else {
                    base = Files.createDirectories(Path.of(dir));
                }
                shared = new FuzzTree(base);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return shared;
    }

    /**
     * Makes the repository hold exactly the background files with {@code files} (path relative to the repository ->
     * bytes) written over or beside them: every other file is deleted.
     */
    void reset(Map<String, byte[]> files) {
        reset(files, Set.of());
    }

    /** {@link #reset(Map)}, without the background files {@code omit}. */
    void reset(Map<String, byte[]> files, Set<String> omit) {
        Map<String, byte[]> wanted = new TreeMap<>(background);
        wanted.keySet().removeAll(omit);
        wanted.putAll(files);
        try {
            Files.createDirectories(source);
            List<Path> present;
            try (Stream<Path> walk = Files.walk(source)) {
                present = walk.sorted(Comparator.reverseOrder()).toList();
            }
            for (Path p : present) {
                if (p.equals(source)) {
                    continue;
                }
                String relative = relative(p);
                if (Files.isDirectory(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    if (wanted.keySet().stream().noneMatch(w -> w.startsWith(relative + "/"))) {
                        deleteQuietly(p);
                    }
                } else if (!wanted.containsKey(relative)) {
                    Files.delete(p);
                }
            }
            for (Map.Entry<String, byte[]> e : wanted.entrySet()) {
                Path file = source.resolve(e.getKey());
                if (!Files.isRegularFile(file) || !Arrays.equals(Files.readAllBytes(file), e.getValue())) {
                    Files.createDirectories(file.getParent());
                    Files.write(file, e.getValue());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot reset the fuzzing repository " + source, e);
        }
    }

    /** Every file of the repository now: path relative to it -> bytes. */
    Map<String, byte[]> snapshot() {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(source)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(relative(p), Files.readAllBytes(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** A repository file as {@code sitrep:check} names it in findings. */
    String display(String relative) {
        return "incidents/" + relative;
    }

    CheckResult check() {
        return Sitrep.check(options());
    }

    GenerateResult generate() {
        return Sitrep.generate(options());
    }

    private SitrepOptions options() {
        return new SitrepOptions(source, output, base, NOW);
    }

    private String relative(Path p) {
        return source.relativize(p).toString().replace('\\', '/');
    }

    private static Map<String, byte[]> readBackground() {
        try {
            Path root = Path.of(FuzzTree.class.getResource("tree/incidents").toURI());
            Map<String, byte[]> files = new TreeMap<>();
            try (Stream<Path> walk = Files.walk(root)) {
                for (Path p : walk.filter(Files::isRegularFile).toList()) {
                    files.put(root.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
                }
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static void deleteQuietly(Path dir) {
        if (!Files.exists(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // a leftover temporary folder is not worth failing a run for
        }
    }
}
