package dev.sitrep.fuzz;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Crashes that are known and being fixed in the main code. While an entry is here, fuzzing steps over a throwable
 * that matches it (so that the run goes on looking for other bugs and the test command stays green), and
 * {@code FuzzRegressionsTest} asserts that every input under {@code <target>/known-crashes/} still crashes with it.
 * When the fix lands that test fails: move the inputs to {@code <target>/regressions/} and delete the entry.
 * {@code -Dsitrep.fuzz.strict=true} steps over nothing.
 */
enum KnownBugs {

    // None is open. The two that fuzzing met first, fixed by the Markdown limits of the read stage, are regression
    // inputs now (markdown/regressions/, postmortem/regressions/). An entry names the bug and recognises its
    // throwable, e.g. for a stack overflow in flexmark:
    //   FLEXMARK_RENDER_RECURSION("deeply nested block quotes overflow the stack in flexmark's renderer",
    //           t -> t instanceof StackOverflowError && mostlyIn(t, "com.vladsch.flexmark.", 0.9));
    ;

    private static final boolean STRICT = Boolean.getBoolean("sitrep.fuzz.strict");
    /** The known bugs this JVM has stepped over. */
    private static final Set<KnownBugs> SEEN = EnumSet.noneOf(KnownBugs.class);

    private final String description;
    private final Predicate<Throwable> matches;

    KnownBugs(String description, Predicate<Throwable> matches) {
        this.description = description;
        this.matches = matches;
    }

    String description() {
        return description;
    }

    /** The known bug that {@code thrown} (or one of its causes: a parallel stream wraps what a worker threw) is. */
    static Optional<KnownBugs> of(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            for (KnownBugs bug : values()) {
                if (bug.matches.test(t)) {
                    return Optional.of(bug);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Runs one input, stepping over a known bug unless the run is strict. The first input of each known bug that a JVM
     * meets is saved as {@code known-<bug>-<sha1>} in the working directory (a fuzzing run's folder) and named on
     * standard error, so that a fix can be tried on what the fuzzer found.
     */
    static void tolerate(byte[] input, Runnable run) {
        try {
            run.run();
        } catch (RuntimeException | Error e) {
            Optional<KnownBugs> bug = of(e);
            if (STRICT || bug.isEmpty()) {
                throw e;
            }
            if (SEEN.add(bug.get())) {
                save(bug.get(), input);
            }
        }
    }

    private static void save(KnownBugs bug, byte[] input) {
        try {
            String sha1 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(input));
            Path file = Path.of("known-" + bug.name().toLowerCase(Locale.ROOT).replace('_', '-') + "-" + sha1);
            Files.write(file, input);
            System.err.println("INFO: stepped over known bug " + bug + " (" + bug.description + "); input saved as "
                    + file.toAbsolutePath());
        } catch (IOException | NoSuchAlgorithmException e) {
            System.err.println("INFO: stepped over known bug " + bug + " (" + bug.description + ")");
        }
    }

    /**
     * Whether at least {@code share} of the 200 innermost frames of {@code t} are in {@code pkg}: a stack overflow's
     * trace is cut after 1,024 frames, so only its innermost ones show where it recursed.
     */
    private static boolean mostlyIn(Throwable t, String pkg, double share) {
        StackTraceElement[] frames = t.getStackTrace();
        StackTraceElement[] top = Arrays.copyOf(frames, Math.min(frames.length, 200));
        long inside = Arrays.stream(top).filter(f -> f.getClassName().startsWith(pkg)).count();
        return top.length > 0 && inside >= share * top.length;
    }
}
