package dev.sitrep.fuzz;

import java.util.Map;

/**
 * Fuzz target {@code maintenance}: the whole {@code maintenance/<id>.yaml}, with the fixed valid
 * {@code sitrep.yaml}.
 * {@code sitrep:check} must not throw, and its findings must point into the file.
 */
public final class MaintenanceTarget {

    private MaintenanceTarget() {
    }

    /** Jazzer calls this once, before the first input and its timeout: see {@link FuzzTarget#warmUp()}. */
    public static void fuzzerInitialize() {
        FuzzTarget.MAINTENANCE.warmUp();
    }

    /** Jazzer's entry point: one input. */
    public static void fuzzerTestOneInput(byte[] input) {
        KnownBugs.tolerate(input, () -> test(input));
    }

    /** One run, stepping over nothing. */
    static void test(byte[] input) {
        byte[] file = Inputs.expand(input);
        FuzzTree tree = FuzzTree.shared();
        tree.reset(Map.of(FuzzTree.MAINTENANCE, file));
        Oracles.requireSaneFindings(tree.check(), tree.display(FuzzTree.MAINTENANCE), file);
    }
}
