package dev.sitrep.worker;

import dev.sitrep.Sitrep;
import dev.sitrep.SitrepOptions;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;

/**
 * Runs one goal. {@link #run} runs it in the caller's JVM; {@link #main} is the entry point of the JVM that
 * {@link ForkedRun} starts, and writes the outcome (or the failure) to a result file for the host to read.
 */
public final class Worker {

    /** The command line {@link #main} takes, in this order. */
    static final String USAGE = "usage: java -cp ... " + Worker.class.getName()
            + " check|generate RESULT_FILE SOURCE_DIR OUTPUT_DIR BASE_DIR NOW [CHANGED_SINCE]";

    private Worker() {
    }

    /** Runs {@code goal} with {@code options} in this JVM. */
    public static Outcome run(Goal goal, SitrepOptions options) {
        return switch (goal) {
            case CHECK -> Outcome.of(Sitrep.check(options));
            case GENERATE -> Outcome.of(Sitrep.generate(options));
        };
    }

    /** The arguments of {@link #main} for {@code goal} and {@code options}, writing to {@code result}. */
    static String[] arguments(Goal goal, SitrepOptions options, Path result) {
        String[] fixed = {goal.id(), result.toString(), options.sourceDirectory().toString(),
                options.outputDirectory().toString(), options.baseDirectory().toString(), options.now().toString()};
        if (options.changedSince().isEmpty()) {
            return fixed;
        }
        String[] all = Arrays.copyOf(fixed, fixed.length + 1);
        all[fixed.length] = options.changedSince().get();
        return all;
    }

    /**
     * Runs the goal the arguments name (see {@link #USAGE}) and writes its outcome to the result file. Exits with 0
     * when the result file was written, whatever the outcome; 1 when even the failure could not be written; 2 on a
     * wrong command line.
     */
    public static void main(String[] args) {
        Optional<Goal> goal = args.length == 6 || args.length == 7 ? Goal.of(args[0]) : Optional.empty();
        if (goal.isEmpty()) {
            System.err.println(USAGE);
            System.exit(2);
            return;
        }
        Path result = Path.of(args[1]);
        int exit = 0;
        try {
            SitrepOptions options = new SitrepOptions(Path.of(args[2]), Path.of(args[3]), Path.of(args[4]),
                    Instant.parse(args[5]), Optional.ofNullable(args.length == 7 ? args[6] : null));
            WorkerResults.write(result, run(goal.get(), options));
        } catch (Throwable e) { // an Error too (out of memory): the host must learn why, not just an exit code
            try {
                WorkerResults.writeFailure(result, e);
            } catch (IOException | RuntimeException unwritable) {
                e.printStackTrace();
                unwritable.printStackTrace();
                exit = 1;
            }
        }
        System.exit(exit);
    }
}
