package dev.sitrep.fuzz;

import java.util.Map;

/**
 * Fuzz target {@code incident}: the whole {@code incident.yaml} of an incident that has a published
 * postmortem, beside an earlier incident of the same component, with the fixed valid {@code sitrep.yaml}.
 * {@code sitrep:check} must not throw, and its findings must point into the file.
 */
public final class IncidentTarget {

    private IncidentTarget() {
    }

    /** Jazzer calls this once, before the first input and its timeout: see {@link FuzzTarget#warmUp()}. */
    public static void fuzzerInitialize() {
        FuzzTarget.INCIDENT.warmUp();
    }

    /** Jazzer's entry point: one input. */
    public static void fuzzerTestOneInput(byte[] input) {
        KnownBugs.tolerate(input, () -> test(input));
    }

    /** One run, stepping over nothing. */
    static void test(byte[] input) {
        byte[] file = Inputs.expand(input);
        FuzzTree tree = FuzzTree.shared();
        tree.reset(Map.of(FuzzTree.INCIDENT, file));
        Oracles.requireSaneFindings(tree.check(), tree.display(FuzzTree.INCIDENT), file);
    }
}
