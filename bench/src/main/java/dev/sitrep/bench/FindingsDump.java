package dev.sitrep.bench;

import dev.sitrep.CheckResult;
import dev.sitrep.Sitrep;
import dev.sitrep.SitrepOptions;
import dev.sitrep.finding.Finding;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Prints every finding of {@link Sitrep#check} on one source tree, one per line in order, with the clock of
 * {@link CoreBenchmark#NOW}; with a second file argument it also writes the whole model read, records rendered
 * component by component and maps sorted by key, so that two versions of the parse stage can be diffed.
 *
 * <pre>
 * java -cp ... dev.sitrep.bench.FindingsDump SOURCE_DIR [MODEL_FILE]
 * </pre>
 */
public final class FindingsDump {

    private FindingsDump() {
    }

    public static void main(String[] args) throws IOException {
        Path source = Path.of(args[0]).toAbsolutePath().normalize();
        CheckResult result = Sitrep.check(new SitrepOptions(source, source.resolve("target/none"), source,
                CoreBenchmark.NOW));
        Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
        for (Finding f : result.findings()) {
            out.write(f.level() + " " + f.rule() + " " + f.format() + "\n");
        }
        out.flush();
        if (args.length > 1) {
            try (Writer model = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
                StringBuilder sb = new StringBuilder();
                render(result.repository(), sb);
                model.write(sb.toString());
            }
        }
    }

    private static void render(Object o, StringBuilder sb) {
        if (o == null) {
            sb.append("null");
        } else if (o instanceof Record r) {
            sb.append(r.getClass().getSimpleName()).append('[');
            for (RecordComponent c : r.getClass().getRecordComponents()) {
                sb.append(c.getName()).append('=');
                try {
                    render(c.getAccessor().invoke(r), sb);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
                sb.append(", ");
            }
            sb.append("]\n");
        } else if (o instanceof Optional<?> opt) {
            sb.append("Optional(");
            render(opt.orElse(null), sb);
            sb.append(')');
        } else if (o instanceof Map<?, ?> m) {
            sb.append('{');
            for (Map.Entry<?, ?> e : new TreeMap<>(m).entrySet()) {
                sb.append(e.getKey()).append("->");
                render(e.getValue(), sb);
                sb.append("; ");
            }
            sb.append('}');
        } else if (o instanceof Collection<?> c) {
            sb.append('[');
            for (Object item : c) {
                render(item, sb);
                sb.append(", ");
            }
            sb.append(']');
        } else {
            sb.append(o.getClass().getSimpleName()).append(':').append(o);
        }
    }
}
