package dev.sitrep.worker;

import dev.sitrep.SitrepException;
import dev.sitrep.SitrepOptions;
import dev.sitrep.report.RepositoryPaths;
import dev.sitrep.report.SarifReport;
import dev.sitrep.report.SarifTarget;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

    private static Outcome forked(Request request, List<String> output) {
        return ForkedRun.run(request, launch(ForkedRun.Launch.split(ForkedRun.DEFAULT_JVM_ARGS)), output::add);
    }

    private static Outcome forked(Goal goal, SitrepOptions options, List<String> output) {
        return forked(new Request(goal, options), output);
    }

    private static Outcome local(Goal goal, SitrepOptions options) {
        return Worker.run(new Request(goal, options));
    }

    private SitrepOptions options(Path source, String site) {
        return new SitrepOptions(source, temp.resolve(site), source.getParent(), NOW);
    }

    @Test
    void checkInAWorkerFindsWhatItFindsInProcessAndWritesTheSameSarifReportByteForByte() throws IOException {
        // the example's report as for a project at the repository root (an empty project directory on the worker's
        // command line), the broken case's as for a project in a subfolder
        Map<Path, RepositoryPaths> cases = Map.of(EXAMPLE, RepositoryPaths.PROJECT_IS_ROOT,
                BROKEN, new RepositoryPaths("status page"));
        for (Map.Entry<Path, RepositoryPaths> c : cases.entrySet()) {
            Path source = c.getKey();
            String name = source.getFileName().toString();
            SarifTarget forkedReport = new SarifTarget(temp.resolve("forked/" + name + "/findings.sarif"),
                    c.getValue(), "1.2.3-test");
            SarifTarget localReport = new SarifTarget(temp.resolve("local/" + name + "/findings.sarif"),
                    c.getValue(), "1.2.3-test");
            List<String> output = new ArrayList<>();
            Outcome forked = forked(new Request(Goal.CHECK, options(source, "unused")).withSarif(forkedReport), output);
            Outcome local = Worker.run(new Request(Goal.CHECK, options(source, "unused")).withSarif(localReport));
            assertFalse(local.findings().isEmpty(), "the fixture has findings: " + source);
            assertEquals(local, forked, name);
            assertEquals(Optional.empty(), forked.sarifFailure(), name);
            assertEquals(List.of(), output, "the worker prints nothing of its own");
            byte[] expected = SarifReport.render(local.findings(), c.getValue(), "1.2.3-test")
                    .getBytes(StandardCharsets.UTF_8);
            assertArrayEquals(expected, Files.readAllBytes(localReport.file()), "in-process: " + name);
            assertArrayEquals(expected, Files.readAllBytes(forkedReport.file()), "the worker's: " + name);
        }
    }

    @Test
    void aSarifReportTheWorkerCannotWriteComesBackWithTheFindings() throws IOException {
        Path blocker = Files.writeString(temp.resolve("target"), "a file where the report's folder should be");
        SarifTarget report = new SarifTarget(blocker.resolve("sitrep/findings.sarif"), RepositoryPaths.PROJECT_IS_ROOT,
                "1.2.3-test");
        Request request = new Request(Goal.CHECK, options(BROKEN, "unused")).withSarif(report);
        Outcome forked = forked(request, new ArrayList<>());
        Outcome local = Worker.run(request);
        assertTrue(local.sarifFailure().orElseThrow().startsWith("cannot write the SARIF report " + report.file()),
                local.sarifFailure().toString());
        assertEquals(local.sarifFailure(), forked.sarifFailure());
        assertFalse(forked.findings().isEmpty(), "the findings are not lost");
        assertEquals(local, forked);
    }

    @Test
    void theWorkerPrintsNoSlf4jNoticeWithoutAProvider() {
        // as in the plugin: JGit's slf4j-api without a provider (this module's tests have slf4j-nop)
        List<Path> classpath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(Path::of).filter(p -> !p.getFileName().toString().startsWith("slf4j-nop")).toList();
        assertTrue(classpath.stream().anyMatch(p -> p.getFileName().toString().startsWith("slf4j-api")));
        Request request = new Request(Goal.CHECK, options(EXAMPLE, "unused"));

        List<String> quiet = new ArrayList<>();
        ForkedRun.run(request, ForkedRun.Launch.current(ForkedRun.Launch.split(ForkedRun.DEFAULT_JVM_ARGS), classpath),
                quiet::add);
        assertEquals(List.of(), quiet);

        // the same run with SLF4J's notices turned back on shows that it would print them
        List<String> verbose = new ArrayList<>();
        ForkedRun.run(request, ForkedRun.Launch.current(List.of("-Dslf4j.internal.verbosity=WARN"), classpath),
                verbose::add);
        assertTrue(verbose.stream().anyMatch(line -> line.contains("No SLF4J providers were found")),
                verbose.toString());
    }

    @Test
    void theWorkersCommandLineSilencesSlf4jBeforeTheUsersOptions() {
        List<String> command = ForkedRun.command(new Request(Goal.CHECK, options(EXAMPLE, "unused")),
                launch(List.of("-Xmx1g")), temp.resolve("result.json"));
        assertEquals(List.of(ForkedRun.QUIET_SLF4J, "-Xmx1g", "-cp"), command.subList(1, 4));
    }

    @Test
    void generateInAWorkerWritesTheSameSiteByteForByte() throws IOException {
        Outcome forked = forked(Goal.GENERATE, options(EXAMPLE, "forked"), new ArrayList<>());
        Outcome local = local(Goal.GENERATE, options(EXAMPLE, "local"));
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
        SitrepException local = assertThrows(SitrepException.class, () -> local(Goal.GENERATE, inside));
        SitrepException forked = assertThrows(SitrepException.class,
                () -> forked(Goal.GENERATE, inside, new ArrayList<>()));
        assertEquals(local.getMessage(), forked.getMessage());
    }

    @Test
    void aWorkerThatCannotStartIsExplainedWithItsOutput() {
        List<String> output = new ArrayList<>();
        SitrepException e = assertThrows(SitrepException.class, () -> ForkedRun.run(new Request(Goal.CHECK,
                options(EXAMPLE, "unused")), launch(List.of("-XX:+NoSuchOptionAnywhere")), output::add));
        assertTrue(e.getMessage().contains("left no result"), e.getMessage());
        assertTrue(e.getMessage().contains("NoSuchOptionAnywhere"), "quotes the JVM's complaint: " + e.getMessage());
        assertFalse(output.isEmpty(), "the JVM's complaint was passed on");
    }

    @Test
    void aJavaThatDoesNotExistIsNamed() {
        ForkedRun.Launch missing = new ForkedRun.Launch(temp.resolve("no-java"), List.of(), List.of());
        SitrepException e = assertThrows(SitrepException.class,
                () -> ForkedRun.run(new Request(Goal.CHECK, options(EXAMPLE, "unused")), missing, line -> { }));
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
