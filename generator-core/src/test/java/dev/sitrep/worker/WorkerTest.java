package dev.sitrep.worker;

import dev.sitrep.SitrepOptions;
import dev.sitrep.report.RepositoryPaths;
import dev.sitrep.report.SarifTarget;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The worker's command line carries a request to the worker JVM unchanged, and refuses anything else. */
class WorkerTest {

    private static final SitrepOptions OPTIONS = new SitrepOptions(Path.of("/repo/status page/incidents"),
            Path.of("/repo/target/site/status"), Path.of("/repo"), Instant.parse("2026-11-20T12:00:00Z"));
    private static final Path RESULT = Path.of("/tmp/sitrep-worker-1.json");
    private static final List<String> FIXED = List.of("check", "/tmp/sitrep-worker-1.json",
            "/repo/status page/incidents", "/repo/target/site/status", "/repo", "2026-11-20T12:00:00Z");

    private static Worker.CommandLine roundTrip(Request request) {
        Worker.CommandLine line = new Worker.CommandLine(request, RESULT);
        return Worker.CommandLine.parse(line.arguments().toArray(String[]::new));
    }

    @Test
    void everyRequestRoundTrips() {
        SarifTarget atRoot = new SarifTarget(Path.of("/repo/target/sitrep/findings.sarif"),
                RepositoryPaths.PROJECT_IS_ROOT, "0.1.0-SNAPSHOT");
        SarifTarget inFolder = new SarifTarget(Path.of("target/a b/findings.sarif"),
                new RepositoryPaths("ops/status page"), "1.2.3=x");
        List<Request> requests = List.of(
                new Request(Goal.CHECK, OPTIONS),
                new Request(Goal.GENERATE, OPTIONS),
                new Request(Goal.CHECK, OPTIONS.withChangedSince("origin/main")),
                new Request(Goal.CHECK, OPTIONS).withSarif(atRoot),
                new Request(Goal.CHECK, OPTIONS.withChangedSince("refs/heads/a=b")).withSarif(inFolder));
        for (Request request : requests) {
            assertEquals(new Worker.CommandLine(request, RESULT), roundTrip(request));
        }
    }

    @Test
    void theCommandLineIsPositionalThenNamed() {
        SarifTarget sarif = new SarifTarget(Path.of("/repo/target/sitrep/findings.sarif"),
                RepositoryPaths.PROJECT_IS_ROOT, "0.1.0");
        Request request = new Request(Goal.CHECK, OPTIONS.withChangedSince("origin/main")).withSarif(sarif);
        List<String> expected = new ArrayList<>(FIXED);
        expected.addAll(List.of("--changed-since=origin/main", "--sarif=/repo/target/sitrep/findings.sarif",
                "--sarif-project-directory=", "--sarif-tool-version=0.1.0"));
        assertEquals(expected, new Worker.CommandLine(request, RESULT).arguments());
        assertEquals(FIXED, new Worker.CommandLine(new Request(Goal.CHECK, OPTIONS), RESULT).arguments(),
                "what .ci/bench runs the worker with");
    }

    @Test
    void aWrongCommandLineIsRefusedWithTheReason() {
        Map<List<String>, String> wrong = Map.of(
                FIXED.subList(0, 5), "expected at least 6 arguments, got 5",
                with(FIXED, 0, "site"), "unknown goal 'site'",
                with(FIXED, 5, "2026-11-20"), "NOW is not an instant: '2026-11-20'",
                plus("--sarif-file=x"), "unknown option '--sarif-file=x'",
                plus("--changed-since"), "unknown option '--changed-since'",
                plus("--changed-since=a", "--changed-since=b"), "option --changed-since given twice",
                plus("--sarif=x", "--sarif-project-directory="), "--sarif needs --sarif-tool-version",
                plus("--sarif=x", "--sarif-tool-version=1"), "--sarif needs --sarif-project-directory",
                plus("--sarif-tool-version=1"), "--sarif-project-directory and --sarif-tool-version only go with --sarif");
        wrong.forEach((args, reason) -> {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> Worker.CommandLine.parse(args.toArray(String[]::new)), args.toString());
            assertEquals(reason, e.getMessage(), args.toString());
        });
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Worker.CommandLine.parse(
                plus("--sarif=x", "--sarif-project-directory=../up", "--sarif-tool-version=1").toArray(String[]::new)));
        assertTrue(e.getMessage().contains("not a normalised relative path"), e.getMessage());
    }

    private static List<String> with(List<String> args, int index, String value) {
        List<String> changed = new ArrayList<>(args);
        changed.set(index, value);
        return changed;
    }

    private static List<String> plus(String... named) {
        List<String> args = new ArrayList<>(FIXED);
        args.addAll(List.of(named));
        return args;
    }
}
