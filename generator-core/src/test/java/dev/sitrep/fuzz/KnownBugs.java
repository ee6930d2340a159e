package dev.sitrep.fuzz;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
 * Bugs that are known and being fixed in the main code. While an entry is here, fuzzing steps over it, so that the
 * run goes on looking for other bugs and the test command stays green: a crash by the throwable it throws, a hang or
 * super-linear time (which libFuzzer's timeout ends, so no throwable is left to recognise) by the inputs that cause
 * it, which are then not run at all. {@code FuzzRegressionsTest} checks that every input under
 * {@code <target>/known-crashes/} still crashes (or still takes more than {@link #SLOW_MILLIS}). When the fix lands
 * that test fails: move the inputs to {@code <target>/regressions/} and delete the entry.
 * {@code -Dsitrep.fuzz.strict=true} steps over nothing.
 */
enum KnownBugs {

    ; // none open

    // The ones fixed so far (by the Markdown limits of the read stage, or by DeepStack) are regression inputs now:
    //   nested block quotes or lists overflowed the stack in flexmark (markdown/regressions/nested-*.md), a
    //   recogniser: t -> t instanceof StackOverflowError && mostlyIn(t, "com.vladsch.flexmark.", 0.9);
    //   a line of thousands of '-' overflowed the stack in flexmark's thematic-break pattern
    //   (*/regressions/rule-markers-*.md): t -> t instanceof StackOverflowError && mostlyIn(t, "java.util.regex.", 1);
    //   thousands of inline HTML tags, autolinks or entities in one paragraph or heading took time that grew with the
    //   square of their number (Java 17's Matcher.toMatchResult() copies its whole input, JDK-8132995)
    //   (markdown/regressions/autolinks-in-one-paragraph-15000.md): text -> mostPerBlock(text, "<&") > 2_000;
    //   an HTML comment of a few thousand characters in a paragraph ('1.  ' 9,999 times, found by the long mode of
    //   2026-12-06), a long link title or an inline tag with thousands of attributes overflowed the stack in one of
    //   flexmark's regular expressions, which recurse once per character they match (now run on DeepStack's threads)
    //   (markdown/regressions/html-comment-*.md, link-title-*.md, inline-tag-*.md):
    //   t -> rootCause(t) instanceof StackOverflowError && mostlyIn(rootCause(t), "java.util.regex.", 0.8)

    /** A known-slow input that runs faster than this (after a warm-up) is fixed. */
    static final long SLOW_MILLIS = 1_000;

    private static final boolean STRICT = Boolean.getBoolean("sitrep.fuzz.strict");
    /** The known bugs this JVM has stepped over. */
    private static final Set<KnownBugs> SEEN = EnumSet.noneOf(KnownBugs.class);

    private final String description;
    private final Predicate<Throwable> thrown;
    private final Predicate<String> slow;

    KnownBugs(String description, Predicate<Throwable> thrown, Predicate<String> slow) {
        this.description = description;
        this.thrown = thrown;
        this.slow = slow;
    }

    String description() {
        return description;
    }

    /** The known bug that {@code thrown} (or one of its causes: a parallel stream wraps what a worker threw) is. */
    static Optional<KnownBugs> of(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            for (KnownBugs bug : values()) {
                if (bug.thrown.test(t)) {
                    return Optional.of(bug);
                }
            }
        }
        return Optional.empty();
    }

    /** The known slowness that the file {@code input} stands for (after {@link Inputs#expand}) would run into. */
    static Optional<KnownBugs> slow(byte[] input) {
        String text = new String(Inputs.expand(input), StandardCharsets.ISO_8859_1);
        return Arrays.stream(values()).filter(bug -> bug.slow.test(text)).findFirst();
    }

    /**
     * Runs one input, stepping over a known bug unless the run is strict. The first input of each known bug that a JVM
     * meets is saved as {@code known-<bug>-<sha1>} in the working directory (a fuzzing run's folder) and named on
     * standard error, so that a fix can be tried on what the fuzzer found.
     */
    static void tolerate(byte[] input, Runnable run) {
        if (!STRICT) {
            Optional<KnownBugs> slow = slow(input);
            if (slow.isPresent()) {
                note(slow.get(), input);
                return;
            }
        }
        try {
            run.run();
        } catch (RuntimeException | Error e) {
            Optional<KnownBugs> bug = of(e);
            if (STRICT || bug.isEmpty()) {
                throw e;
            }
            note(bug.get(), input);
        }
    }

    private static void note(KnownBugs bug, byte[] input) {
        if (!SEEN.add(bug)) {
            return;
        }
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

    /** The most of {@code chars} that one block of {@code text} (lines between blank lines) holds. */
    private static int mostPerBlock(String text, String chars) {
        int most = 0;
        int count = 0;
        boolean blank = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                if (blank) {
                    count = 0;
                }
                blank = true;
            } else if (c != ' ' && c != '\t' && c != '\r') {
                blank = false;
                if (chars.indexOf(c) >= 0) {
                    most = Math.max(most, ++count);
                }
            }
        }
        return most;
    }

    /**
     * Whether at least {@code share} of the 200 innermost frames of {@code t} are in {@code pkg}: a stack overflow's
     * trace is cut after 1,024 frames, so only its innermost ones show where it recursed.
     */
    @SuppressWarnings("unused")
    private static Throwable rootCause(Throwable t) {
        Throwable cause = t;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }

    private static boolean mostlyIn(Throwable t, String pkg, double share) {
        StackTraceElement[] frames = t.getStackTrace();
        StackTraceElement[] top = Arrays.copyOf(frames, Math.min(frames.length, 200));
        long inside = Arrays.stream(top).filter(f -> f.getClassName().startsWith(pkg)).count();
        return top.length > 0 && inside >= share * top.length;
    }
}
