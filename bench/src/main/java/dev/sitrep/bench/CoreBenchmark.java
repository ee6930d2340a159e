package dev.sitrep.bench;

import dev.sitrep.CheckResult;
import dev.sitrep.GenerateResult;
import dev.sitrep.Sitrep;
import dev.sitrep.SitrepOptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * A benchmark of the core API in one JVM: runs {@link Sitrep#check} and {@link Sitrep#generate} on one source
 * tree with a fixed clock, a few times to warm up and then a few times measured, and prints the median of each
 * figure. It is a main class, not a test: timings belong in {@code .ci/bench}, never in the test suite.
 *
 * <pre>
 * java -cp ... dev.sitrep.bench.CoreBenchmark check|generate|both SOURCE_DIR OUTPUT_DIR [WARMUPS [RUNS]]
 * </pre>
 *
 * <p>Per goal it prints one line {@code core <goal> wall_s=.. cpu_s=.. peak_heap_mib=.. files=.. bytes=..
 * pages=.. pages_per_s=..}: wall and process CPU time of one run, the peak used heap during that run (the peak of
 * every heap pool, reset before each run), the files and bytes written and the HTML pages among them.
 */
public final class CoreBenchmark {

    /** The clock of every run, the same as the corpus generator's {@code --now}. */
    static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");

    private CoreBenchmark() {
    }

    /** One measured run. */
    record Sample(double wallSeconds, double cpuSeconds, long peakHeapBytes, long files, long bytes, long pages) {
    }

    public static void main(String[] args) {
        if (args.length < 3 || args.length > 5 || !List.of("check", "generate", "both").contains(args[0])) {
            System.err.println("usage: CoreBenchmark check|generate|both SOURCE_DIR OUTPUT_DIR [WARMUPS [RUNS]]");
            System.exit(2);
        }
        String goal = args[0];
        Path source = Path.of(args[1]).toAbsolutePath().normalize();
        Path output = Path.of(args[2]).toAbsolutePath().normalize();
        int warmups = args.length > 3 ? Integer.parseInt(args[3]) : 2;
        int runs = args.length > 4 ? Integer.parseInt(args[4]) : 5;
        SitrepOptions options = new SitrepOptions(source, output, source, NOW);

        if (!goal.equals("generate")) {
            check(options, warmups, runs);
        }
        if (!goal.equals("check")) {
            generate(options, output, warmups, runs);
        }
    }

    private static void check(SitrepOptions options, int warmups, int runs) {
        report("check", measure(warmups, runs, () -> {
            CheckResult result = Sitrep.check(options);
            if (result.hasDataErrors()) {
                throw new IllegalStateException("the corpus has data errors: " + result.summary());
            }
            return new long[] {0, 0, 0};
        }));
    }

    private static void generate(SitrepOptions options, Path output, int warmups, int runs) {
        report("generate", measure(warmups, runs, () -> {
            GenerateResult result = Sitrep.generate(options);
            if (!result.written()) {
                throw new IllegalStateException("generate wrote nothing: " + result.check().summary());
            }
            return new long[] {result.files(), result.bytes(), countPages(output)};
        }));
    }

    private interface Run {
        /** Runs once; returns files, bytes and HTML pages written. */
        long[] run();
    }

    private static List<Sample> measure(int warmups, int runs, Run run) {
        for (int i = 0; i < warmups; i++) {
            run.run();
        }
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .toList();
        List<Sample> samples = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            System.gc();
            heap.forEach(MemoryPoolMXBean::resetPeakUsage);
            long cpu = os.getProcessCpuTime();
            long wall = System.nanoTime();
            long[] written = run.run();
            long wallNanos = System.nanoTime() - wall;
            long cpuNanos = os.getProcessCpuTime() - cpu;
            long peak = heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
            samples.add(new Sample(wallNanos / 1e9, cpuNanos / 1e9, peak, written[0], written[1], written[2]));
        }
        return samples;
    }

    private static void report(String goal, List<Sample> samples) {
        double wall = median(samples.stream().mapToDouble(Sample::wallSeconds).toArray());
        double cpu = median(samples.stream().mapToDouble(Sample::cpuSeconds).toArray());
        double peak = median(samples.stream().mapToDouble(Sample::peakHeapBytes).toArray());
        Sample last = samples.get(samples.size() - 1);
        System.out.printf(Locale.ROOT,
                "core %s wall_s=%.3f cpu_s=%.3f peak_heap_mib=%.0f files=%d bytes=%d pages=%d pages_per_s=%.0f"
                        + " runs=%d walls=%s%n",
                goal, wall, cpu, peak / (1024 * 1024), last.files(), last.bytes(), last.pages(),
                last.pages() / wall, samples.size(),
                samples.stream().map(s -> String.format(Locale.ROOT, "%.3f", s.wallSeconds())).toList());
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static long countPages(Path output) {
        try (Stream<Path> files = Files.walk(output)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".html")).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
