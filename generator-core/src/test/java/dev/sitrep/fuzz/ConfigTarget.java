package dev.sitrep.fuzz;

import java.util.Map;

/**
 * Fuzz target {@code config}: the whole {@code sitrep.yaml} is the input, in a repository whose incidents,
 * postmortems and maintenance are valid (so that a configuration that reads changes how they are checked).
 * {@code sitrep:check} must not throw, and its findings must point into the file.
 */
public final class ConfigTarget {

    private ConfigTarget() {
    }

    /** Jazzer calls this once, before the first input and its timeout: see {@link FuzzTarget#warmUp()}. */
    public static void fuzzerInitialize() {
        FuzzTarget.CONFIG.warmUp();
    }

    /** Jazzer's entry point: one input. */
    public static void fuzzerTestOneInput(byte[] input) {
        KnownBugs.tolerate(input, () -> test(input));
    }

    /** One run, stepping over nothing. */
    static void test(byte[] input) {
        byte[] file = Inputs.expand(input);
        FuzzTree tree = FuzzTree.shared();
        tree.reset(Map.of(FuzzTree.CONFIG, file));
        Oracles.requireSaneFindings(tree.check(), tree.display(FuzzTree.CONFIG), file);
    }
}
