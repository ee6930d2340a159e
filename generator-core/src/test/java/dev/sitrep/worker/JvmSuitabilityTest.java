package dev.sitrep.worker;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** When the build's own JVM already runs as the worker would, the goal needs no JVM of its own. */
class JvmSuitabilityTest {

    private static boolean suits(Map<String, String> options) {
        return ForkedRun.suitsARun(options::get);
    }

    @Test
    void onlyTheQuickCompilerWithTheSerialCollectorSuitsARun() {
        assertTrue(suits(Map.of("TieredCompilation", "true", "TieredStopAtLevel", "1", "UseSerialGC", "true")));

        assertFalse(suits(Map.of("TieredCompilation", "true", "TieredStopAtLevel", "4", "UseSerialGC", "true")),
                "C2 compiles too");
        assertFalse(suits(Map.of("TieredCompilation", "false", "TieredStopAtLevel", "1", "UseSerialGC", "true")),
                "without tiers, TieredStopAtLevel is ignored and C2 alone compiles");
        assertFalse(suits(Map.of("TieredCompilation", "true", "TieredStopAtLevel", "1", "UseSerialGC", "false")),
                "G1 or another collector");
        assertFalse(suits(Map.of()), "a JVM that cannot say");
    }

    /** Prints what the JVM it runs in says of itself. */
    public static final class Probe {
        public static void main(String[] args) {
            System.out.println(ForkedRun.currentJvmSuitsARun());
        }
    }

    private static String probe(List<String> jvmArgs) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmArgs);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(Probe.class.getName());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertEquals(0, process.waitFor(), output);
        return output;
    }

    @Test
    void aRealJvmTellsItsOptions() throws Exception {
        assertEquals("true", probe(ForkedRun.Launch.split(ForkedRun.DEFAULT_JVM_ARGS)));
        assertEquals("false", probe(List.of("-XX:+UseSerialGC")));
        assertEquals("false", probe(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseParallelGC")));
    }
}
