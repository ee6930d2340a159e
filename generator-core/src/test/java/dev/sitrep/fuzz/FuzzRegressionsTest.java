package dev.sitrep.fuzz;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
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
 * bug}, or a known-slow input still take more than {@link KnownBugs#SLOW_MILLIS} (when it no longer does, the fix
 * has landed: the input becomes a regression).
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
        Optional<KnownBugs> slow = KnownBugs.slow(bytes);
        if (slow.isPresent()) {
            // the first run of a JVM loads classes for a second or more: warm up on a seed, then time the input
            target.inputs(FuzzTarget.SEEDS).stream().findFirst().ifPresent(seed -> {
                try {
                    target.test(Files.readAllBytes(seed));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            long start = System.nanoTime();
            target.test(bytes);
            long millis = (System.nanoTime() - start) / 1_000_000;
            if (millis < KnownBugs.SLOW_MILLIS) {
                fail(input + " took " + millis + " ms, no longer slow: " + fixed(target, input, slow.get()));
            }
            return;
        }
        try {
            target.test(bytes);
        } catch (RuntimeException | Error e) {
            if (KnownBugs.of(e).isPresent()) {
                return;
            }
            throw new AssertionError(input + " crashes, but not with a known bug", e);
        }
        fail(input + " no longer crashes: " + fixed(target, input, null));
    }

    private static String fixed(FuzzTarget target, Path input, KnownBugs bug) {
        return "the fix has landed. Move it to " + FuzzTarget.REGRESSIONS + "/ (git mv src/test/resources/dev/sitrep/fuzz/"
                + target + "/" + FuzzTarget.KNOWN_CRASHES + "/" + input.getFileName()
                + " src/test/resources/dev/sitrep/fuzz/" + target + "/" + FuzzTarget.REGRESSIONS + "/), and delete "
                + (bug == null ? "its entry" : "the entry " + bug) + " in KnownBugs once no known crash needs it";
    }
}
