package dev.sitrep.worker;

import dev.sitrep.Sitrep;
import dev.sitrep.SitrepException;
import dev.sitrep.SitrepOptions;
import dev.sitrep.report.RepositoryPaths;
import dev.sitrep.report.SarifTarget;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Runs one {@link Request}. {@link #run} runs it in the caller's JVM; {@link #main} is the entry point of the JVM
 * that {@link ForkedRun} starts, and writes the outcome (or the failure) to a result file for the host to read.
 * Either way the run writes the SARIF report the request asks for, with the same code, so the file is the same.
 */
public final class Worker {

    /** The command line {@link #main} takes: six arguments in this order, then named options in any order. */
    static final String USAGE = "usage: java -cp ... " + Worker.class.getName()
            + " check|generate RESULT_FILE SOURCE_DIR OUTPUT_DIR BASE_DIR NOW [" + CommandLine.CHANGED_SINCE + "=REF] ["
            + CommandLine.SARIF + "=FILE " + CommandLine.SARIF_PROJECT_DIRECTORY + "=DIR_IN_REPOSITORY "
            + CommandLine.SARIF_TOOL_VERSION + "=VERSION]";

    private Worker() {
    }

    /**
     * Runs {@code request} in this JVM, then writes the SARIF report it asks for. A report that cannot be written
     * does not lose the findings: the outcome carries the reason ({@link Outcome#sarifFailure()}).
     */
    public static Outcome run(Request request) {
        Outcome outcome = switch (request.goal()) {
            case CHECK -> Outcome.of(Sitrep.check(request.options()));
            case GENERATE -> Outcome.of(Sitrep.generate(request.options()));
        };
        if (request.sarif().isEmpty()) {
            return outcome;
        }
        try {
            request.sarif().get().write(outcome.findings());
            return outcome;
        } catch (SitrepException e) {
            return outcome.withSarifFailure(e.getMessage());
        }
    }

    /**
     * Runs the request the arguments name (see {@link #USAGE}) and writes its outcome to the result file. Exits
     * with 0 when the result file was written, whatever the outcome; 1 when even the failure could not be written;
     * 2 on a wrong command line.
     */
    public static void main(String[] args) {
        CommandLine commandLine;
        try {
            commandLine = CommandLine.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("sitrep worker: " + e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
            return;
        }
        int exit = 0;
        try {
            WorkerResults.write(commandLine.result(), run(commandLine.request()));
        } catch (Throwable e) { // an Error too (out of memory): the host must learn why, not just an exit code
            try {
                WorkerResults.writeFailure(commandLine.result(), e);
            } catch (IOException | RuntimeException unwritable) {
                e.printStackTrace();
                unwritable.printStackTrace();
                exit = 1;
            }
        }
        System.exit(exit);
    }

    /**
     * A worker's command line: the request, and the file the outcome goes to. What is always there is positional;
     * what may be absent is a named option {@code --name=value}, so that an empty value (the project directory of
     * a project at the repository's root) is still an argument of its own.
     */
    record CommandLine(Request request, Path result) {

        static final String CHANGED_SINCE = "--changed-since";
        static final String SARIF = "--sarif";
        static final String SARIF_PROJECT_DIRECTORY = "--sarif-project-directory";
        static final String SARIF_TOOL_VERSION = "--sarif-tool-version";

        private static final int POSITIONAL = 6;
        private static final Set<String> NAMED = Set.of(CHANGED_SINCE, SARIF, SARIF_PROJECT_DIRECTORY,
                SARIF_TOOL_VERSION);

        /** The arguments of {@link Worker#main}. */
        List<String> arguments() {
            SitrepOptions options = request.options();
            List<String> args = new ArrayList<>(List.of(request.goal().id(), result.toString(),
                    options.sourceDirectory().toString(), options.outputDirectory().toString(),
                    options.baseDirectory().toString(), options.now().toString()));
            options.changedSince().ifPresent(ref -> args.add(CHANGED_SINCE + "=" + ref));
            request.sarif().ifPresent(sarif -> {
                args.add(SARIF + "=" + sarif.file());
                args.add(SARIF_PROJECT_DIRECTORY + "=" + sarif.paths().projectDirectory());
                args.add(SARIF_TOOL_VERSION + "=" + sarif.toolVersion());
            });
            return args;
        }

        /**
         * Reads {@link #arguments()} back.
         *
         * @throws IllegalArgumentException when {@code args} is not such a command line; the message says why
         */
        static CommandLine parse(String[] args) {
            if (args.length < POSITIONAL) {
                throw new IllegalArgumentException("expected at least " + POSITIONAL + " arguments, got "
                        + args.length);
            }
            Goal goal = Goal.of(args[0]).orElseThrow(() -> new IllegalArgumentException("unknown goal '" + args[0]
                    + "'"));
            Map<String, String> named = new HashMap<>();
            for (int i = POSITIONAL; i < args.length; i++) {
                int equals = args[i].indexOf('=');
                String name = equals < 0 ? args[i] : args[i].substring(0, equals);
                if (equals < 0 || !NAMED.contains(name)) {
                    throw new IllegalArgumentException("unknown option '" + args[i] + "'");
                }
                if (named.put(name, args[i].substring(equals + 1)) != null) {
                    throw new IllegalArgumentException("option " + name + " given twice");
                }
            }
            Instant now;
            try {
                now = Instant.parse(args[5]);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("NOW is not an instant: '" + args[5] + "'", e);
            }
            Request request = new Request(goal, new SitrepOptions(Path.of(args[2]), Path.of(args[3]),
                    Path.of(args[4]), now, Optional.ofNullable(named.get(CHANGED_SINCE))));
            if (named.containsKey(SARIF)) {
                request = request.withSarif(new SarifTarget(Path.of(named.get(SARIF)),
                        new RepositoryPaths(required(named, SARIF_PROJECT_DIRECTORY)),
                        required(named, SARIF_TOOL_VERSION)));
            } else if (named.containsKey(SARIF_PROJECT_DIRECTORY) || named.containsKey(SARIF_TOOL_VERSION)) {
                throw new IllegalArgumentException(SARIF_PROJECT_DIRECTORY + " and " + SARIF_TOOL_VERSION
                        + " only go with " + SARIF);
            }
            return new CommandLine(request, Path.of(args[1]));
        }

        private static String required(Map<String, String> named, String name) {
            String value = named.get(name);
            if (value == null) {
                throw new IllegalArgumentException(SARIF + " needs " + name);
            }
            return value;
        }
    }
}
