package dev.sitrep.worker;

import dev.sitrep.SitrepException;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Runs a goal in a JVM of its own. A build tool's JVM is tuned for a long life (a garbage collector with a large
 * heap, the optimising compiler); a sitrep run is a short batch job, and on a small machine that tuning costs it
 * more than the work itself: the compiler threads and the collector take the cores the run needs. The worker JVM
 * is started with options that suit the job ({@link #DEFAULT_JVM_ARGS}), does the whole run (including the SARIF
 * report the {@link Request} asks for), and hands the {@link Outcome} back through a result file. Failures come back
 * as they would in-process: a {@link SitrepException} with the worker's words, or a {@link WorkerFailure} for
 * anything unexpected.
 */
public final class ForkedRun {

    /**
     * The worker's default JVM options: the quick compiler only (a run is over before the optimising compiler's
     * work pays off), and the serial collector (no collector threads competing with the run; the heap a run needs
     * stays small because the site streams to disk).
     */
    public static final String DEFAULT_JVM_ARGS = "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC";

    /**
     * Silences SLF4J's notices about itself in the worker, which would otherwise print three warnings on every run.
     * JGit logs through SLF4J; in Maven's JVM, Maven supplies a provider, but the worker JVM runs with the plugin's
     * classpath, which has none, so SLF4J warns that it falls back to logging nothing, which is what the worker
     * wants. SLF4J's errors are still printed. A system property rather than a provider jar, because a provider
     * among the plugin's dependencies would also sit in the plugin's realm in Maven's JVM. The property is read by
     * slf4j-api 2.0.10 and later (JGit brings 2.0.18); it comes before {@link Launch#jvmArgs()}, where
     * {@code -Dslf4j.internal.verbosity=WARN} brings the notices back.
     */
    static final String QUIET_SLF4J = "-Dslf4j.internal.verbosity=ERROR";

    /** How many of the worker's last output lines a failure quotes. */
    private static final int TAIL = 20;

    /**
     * How to start the worker JVM.
     *
     * @param java      the {@code java} executable
     * @param jvmArgs   options for that JVM
     * @param classpath sitrep's generator-core and everything it needs
     */
    public record Launch(Path java, List<String> jvmArgs, List<Path> classpath) {

        public Launch {
            Objects.requireNonNull(java, "java");
            jvmArgs = List.copyOf(jvmArgs);
            classpath = List.copyOf(classpath);
        }

        /** The {@code java} of the running JVM, with {@code jvmArgs} and {@code classpath}. */
        public static Launch current(List<String> jvmArgs, List<Path> classpath) {
            return new Launch(Path.of(System.getProperty("java.home"), "bin", "java"), jvmArgs, classpath);
        }

        /** {@code args} split at white space, as a user writes JVM options in one property. */
        public static List<String> split(String args) {
            return args == null || args.isBlank() ? List.of() : Arrays.asList(args.strip().split("\\s+"));
        }
    }

    private ForkedRun() {
    }

    /**
     * Whether the running JVM already has what {@link #DEFAULT_JVM_ARGS} gives the worker: the quick compiler only and
     * the serial collector, as when a status repository's {@code .mvn/jvm.config} holds those options. A worker would
     * then only add a JVM start and load sitrep's classes a second time (0.7-0.9 s of a 10,000-incident build here).
     * False on a JVM that cannot say (one that is not HotSpot).
     */
    public static boolean currentJvmSuitsARun() {
        try {
            com.sun.management.HotSpotDiagnosticMXBean vm =
                    ManagementFactory.getPlatformMXBean(com.sun.management.HotSpotDiagnosticMXBean.class);
            return vm != null && suitsARun(name -> vm.getVMOption(name).getValue());
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    /**
     * Whether a JVM whose options have these values ({@code null} for one it does not know) compiles with C1 only and
     * collects with the serial collector.
     */
    static boolean suitsARun(Function<String, String> option) {
        return "true".equals(option.apply("TieredCompilation"))
                && "1".equals(option.apply("TieredStopAtLevel"))
                && "true".equals(option.apply("UseSerialGC"));
    }

    /**
     * Runs {@code request} in a new JVM and waits for it. Whatever the worker prints (normally nothing: JVM warnings,
     * a crash) goes to {@code output} line by line.
     */
    public static Outcome run(Request request, Launch launch, Consumer<String> output) {
        Path result = null;
        Process process = null;
        try {
            result = Files.createTempFile("sitrep-worker-", ".json");
            List<String> command = command(request, launch, result);
            try {
                process = new ProcessBuilder(command).redirectErrorStream(true).start();
            } catch (IOException e) {
                throw new SitrepException("cannot start a JVM for sitrep with " + launch.java() + " (" + e.getMessage()
                        + "); set sitrep.fork=false to run inside the build's JVM instead", e);
            }
            process.getOutputStream().close();
            Deque<String> tail = new ArrayDeque<>();
            try (BufferedReader lines = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), Charset.defaultCharset()))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    output.accept(line);
                    tail.addLast(line);
                    if (tail.size() > TAIL) {
                        tail.removeFirst();
                    }
                }
            }
            int exit = process.waitFor();
            if (Files.size(result) == 0) {
                throw new SitrepException("sitrep's worker JVM ended with exit code " + exit + " and left no result"
                        + (tail.isEmpty() ? "" : "; its last output:\n" + String.join("\n", tail))
                        + "\nIf it ran out of memory, give it more with -Dsitrep.jvmArgs=\"-Xmx4g ...\"");
            }
            return WorkerResults.read(result);
        } catch (IOException e) {
            throw new SitrepException("cannot run sitrep's worker JVM: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SitrepException("interrupted while waiting for sitrep's worker JVM", e);
        } finally {
            if (process != null && process.isAlive()) { // interrupted, or its output could not be read
                process.destroyForcibly();
            }
            if (result != null) {
                try {
                    Files.deleteIfExists(result);
                } catch (IOException ignored) {
                    // a temporary file left behind is no reason to fail the run
                }
            }
        }
    }

    /** The worker's command line. */
    static List<String> command(Request request, Launch launch, Path result) {
        List<String> command = new ArrayList<>();
        command.add(launch.java().toString());
        command.add(QUIET_SLF4J);
        command.addAll(launch.jvmArgs());
        command.add("-cp");
        command.add(launch.classpath().stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator)));
        command.add(Worker.class.getName());
        command.addAll(new Worker.CommandLine(request, result).arguments());
        return command;
    }
}
