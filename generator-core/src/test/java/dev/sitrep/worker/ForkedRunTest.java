package dev.sitrep.worker;

import dev.sitrep.SitrepException;
import dev.sitrep.SitrepOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A goal run in a worker JVM (a real one, started with this test's classpath) tells the host what it would in-process. */
class ForkedRunTest {

    private static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");
    private static final Path EXAMPLE = Path.of("../incidents/incidents").toAbsolutePath().normalize();
    private static final Path BROKEN = Path.of("src/test/resources/cases/every-bad-input-together").toAbsolutePath();

    @TempDir
    Path temp;

    private static ForkedRun.Launch launch(List<String> jvmArgs) {
        List<Path> classpath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(Path::of).toList();
        return ForkedRun.Launch.current(jvmArgs, classpath);
    }

    private static Outcome forked(Goal goal, SitrepOptions options, List<String> output) {
        return ForkedRun.run(goal, options, launch(ForkedRun.Launch.split(ForkedRun.DEFAULT_JVM_ARGS)), output::add);
    }

    private SitrepOptions options(Path source, String site) {
        return new SitrepOptions(source, temp.resolve(site), source.getParent(), NOW);
    }

    @Test
    void checkInAWorkerFindsWhatItFindsInProcess() {
        for (Path source : List.of(EXAMPLE, BROKEN)) {
            List<String> output = new ArrayList<>();
            Outcome forked = forked(Goal.CHECK, options(source, "unused"), output);
            Outcome local = Worker.run(Goal.CHECK, options(source, "unused"));
            assertFalse(local.findings().isEmpty(), "the fixture has findings: " + source);
            assertEquals(local, forked, source.toString());
            assertEquals(List.of(), output, "the worker prints nothing of its own");
        }
    }

    @Test
    void generateInAWorkerWritesTheSameSiteByteForByte() throws IOException {
        Outcome forked = forked(Goal.GENERATE, options(EXAMPLE, "forked"), new ArrayList<>());
        Outcome local = Worker.run(Goal.GENERATE, options(EXAMPLE, "local"));
        assertTrue(forked.written());
        assertEquals(local, forked);
        Map<String, byte[]> expected = files(temp.resolve("local"));
        Map<String, byte[]> actual = files(temp.resolve("forked"));
        assertEquals(expected.keySet(), actual.keySet());
        expected.forEach((path, bytes) -> assertArrayEquals(bytes, actual.get(path), path));
        assertEquals(forked.files(), expected.size() - 1, "every file but the manifest is counted");
    }

    @Test
    void dataErrorsComeBackAsFindingsAndNoSite() {
        Outcome forked = forked(Goal.GENERATE, options(BROKEN, "site"), new ArrayList<>());
        assertFalse(forked.written());
        assertTrue(forked.dataErrors() > 0);
        assertFalse(Files.exists(temp.resolve("site")));
    }

    @Test
    void theWorkersOwnFailureComesBackInItsWords() {
        SitrepOptions inside = new SitrepOptions(EXAMPLE, EXAMPLE.resolve("site"), EXAMPLE.getParent(), NOW);
        SitrepException local = assertThrows(SitrepException.class, () -> Worker.run(Goal.GENERATE, inside));
        SitrepException forked = assertThrows(SitrepException.class,
                () -> forked(Goal.GENERATE, inside, new ArrayList<>()));
        assertEquals(local.getMessage(), forked.getMessage());
    }

    @Test
    void aWorkerThatCannotStartIsExplainedWithItsOutput() {
        List<String> output = new ArrayList<>();
        SitrepException e = assertThrows(SitrepException.class, () -> ForkedRun.run(Goal.CHECK,
                options(EXAMPLE, "unused"), launch(List.of("-XX:+NoSuchOptionAnywhere")), output::add));
        assertTrue(e.getMessage().contains("left no result"), e.getMessage());
        assertTrue(e.getMessage().contains("NoSuchOptionAnywhere"), "quotes the JVM's complaint: " + e.getMessage());
        assertFalse(output.isEmpty(), "the JVM's complaint was passed on");
    }

    @Test
    void aJavaThatDoesNotExistIsNamed() {
        ForkedRun.Launch missing = new ForkedRun.Launch(temp.resolve("no-java"), List.of(), List.of());
        SitrepException e = assertThrows(SitrepException.class,
                () -> ForkedRun.run(Goal.CHECK, options(EXAMPLE, "unused"), missing, line -> { }));
        assertTrue(e.getMessage().contains("cannot start a JVM") && e.getMessage().contains("sitrep.fork=false"),
                e.getMessage());
    }

    @Test
    void jvmOptionsAreSplitAtWhiteSpace() {
        assertEquals(List.of("-Xmx2g", "-XX:+UseSerialGC"), ForkedRun.Launch.split("  -Xmx2g \n -XX:+UseSerialGC "));
        assertEquals(List.of(), ForkedRun.Launch.split(" "));
        assertEquals(List.of(), ForkedRun.Launch.split(null));
    }

    private static Map<String, byte[]> files(Path dir) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return files;
    }
}
