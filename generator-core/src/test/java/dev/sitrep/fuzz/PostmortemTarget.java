package dev.sitrep.fuzz;

import java.util.Map;

/**
 * Fuzz target {@code postmortem}: the whole {@code postmortem.md}, front matter and body, of a resolved
 * incident, read through the check path (front matter, sections, action items).
 * {@code sitrep:check} must not throw, and its findings must point into the file.
 */
public final class PostmortemTarget {

    private PostmortemTarget() {
    }

    /** Jazzer calls this once, before the first input and its timeout: see {@link FuzzTarget#warmUp()}. */
    public static void fuzzerInitialize() {
        FuzzTarget.POSTMORTEM.warmUp();
    }

    /** Jazzer's entry point: one input. */
    public static void fuzzerTestOneInput(byte[] input) {
        KnownBugs.tolerate(input, () -> test(input));
    }

    /** One run, stepping over nothing. */
    static void test(byte[] input) {
        byte[] file = Inputs.expand(input);
        FuzzTree tree = FuzzTree.shared();
        tree.reset(Map.of(FuzzTree.POSTMORTEM, file));
        Oracles.requireSaneFindings(tree.check(), tree.display(FuzzTree.POSTMORTEM), file);
    }
}
