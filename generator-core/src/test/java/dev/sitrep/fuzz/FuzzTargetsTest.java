package dev.sitrep.fuzz;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Coverage-guided fuzzing with Jazzer, as part of the normal test command: every target fuzzes for
 * {@value #DEFAULT_SECONDS} seconds in a JVM of its own (Jazzer fuzzes one target per JVM), two at a time, and a
 * finding fails that target's test with the crash input's path and the stack trace. See {@code docs/fuzzing.md}.
 *
 * <ul>
 *   <li>{@code -Dsitrep.fuzz.seconds=N}: fuzz each target for N seconds (the long mode: 600); 0 fuzzes nothing;</li>
 *   <li>{@code -Dsitrep.fuzz.targets=postmortem,markdown}: only these targets ({@link FuzzTarget});</li>
 *   <li>{@code -Dsitrep.fuzz.jobs=N}: fuzz N targets at a time (default 2: the cores CI has);</li>
 *   <li>{@code -Dsitrep.fuzz.strict=true}: report the {@link KnownBugs} too.</li>
 * </ul>
 */
class FuzzTargetsTest {

    static final String SECONDS = "sitrep.fuzz.seconds";
    static final String TARGETS = "sitrep.fuzz.targets";
    static final String JOBS = "sitrep.fuzz.jobs";
    static final int DEFAULT_SECONDS = 15;
    static final int DEFAULT_JOBS = 2;

    @TestFactory
    Stream<DynamicTest> fuzz() {
        int seconds = Integer.getInteger(SECONDS, DEFAULT_SECONDS);
        assumeTrue(seconds > 0, "fuzzing is off: -D" + SECONDS + "=0");
        List<FuzzTarget> targets = FuzzTarget.selected(System.getProperty(TARGETS));
        Path root = Path.of(System.getProperty("basedir", "."), "target", "fuzz");
        // each child is mostly one busy thread: running as many as there are cores halves the wall time on CI
        ExecutorService jobs = Executors.newFixedThreadPool(Math.max(1, Integer.getInteger(JOBS, DEFAULT_JOBS)));
        Map<FuzzTarget, Future<JazzerRun>> runs = new LinkedHashMap<>();
        for (FuzzTarget target : targets) {
            runs.put(target, jobs.submit(() -> JazzerRun.run(target, seconds, root)));
        }
        jobs.shutdown();
        return targets.stream().map(target -> DynamicTest.dynamicTest(target.id(), () -> {
            JazzerRun run;
            try {
                run = runs.get(target).get();
            } catch (ExecutionException e) {
                throw e.getCause();
            }
            System.out.println(run.summary());
            if (!run.passed()) {
                fail(run.failure());
            }
        }));
    }
}
