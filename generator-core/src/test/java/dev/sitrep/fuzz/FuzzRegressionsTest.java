package dev.sitrep.fuzz;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Replays fuzz inputs in this JVM, without Jazzer, so that every test run covers them in a few seconds: each target's
 * seeds and regressions must pass every oracle, and each known crash must still crash with its {@link KnownBugs known
 * bug} (when it no longer does, the fix has landed: the input becomes a regression).
 */
class FuzzRegressionsTest {

    @TestFactory
    Stream<DynamicTest> seedsAndRegressionsPass() {
        List<DynamicTest> tests = Arrays.stream(FuzzTarget.values()).flatMap(target -> Stream.of(FuzzTarget.SEEDS,
                        FuzzTarget.REGRESSIONS).flatMap(folder -> target.inputs(folder).stream()
                        .map(input -> DynamicTest.dynamicTest(target + "/" + folder + "/" + input.getFileName(),
                                () -> target.test(Files.readAllBytes(input))))))
                .toList();
        assertFalse(tests.isEmpty(), "no fuzz seeds found under dev/sitrep/fuzz/");
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> knownCrashesStillCrash() {
        return Arrays.stream(FuzzTarget.values()).flatMap(target -> target.inputs(FuzzTarget.KNOWN_CRASHES).stream()
                .map(input -> DynamicTest.dynamicTest(target + "/" + FuzzTarget.KNOWN_CRASHES + "/"
                        + input.getFileName(), () -> stillCrashes(target, input))));
    }

    private static void stillCrashes(FuzzTarget target, Path input) throws Exception {
        byte[] bytes = Files.readAllBytes(input);
        try {
            target.test(bytes);
        } catch (RuntimeException | Error e) {
            Optional<KnownBugs> bug = KnownBugs.of(e);
            if (bug.isPresent()) {
                return;
            }
            throw new AssertionError(input + " crashes, but not with a known bug", e);
        }
        fail(input + " no longer crashes: the fix has landed. Move it to " + FuzzTarget.REGRESSIONS
                + "/ (git mv src/test/resources/dev/sitrep/fuzz/" + target + "/" + FuzzTarget.KNOWN_CRASHES + "/"
                + input.getFileName() + " src/test/resources/dev/sitrep/fuzz/" + target + "/"
                + FuzzTarget.REGRESSIONS + "/), and delete its entry in KnownBugs once no known crash needs it");
    }
}
