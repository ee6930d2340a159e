package dev.sitrep.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.sitrep.SitrepException;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** How the JSON reports are written: two-space indentation, {@code \n} line endings, one final line break. */
final class ReportFiles {

    /** The writer of every JSON report: deterministic, indented, {@code "key": value}. */
    static final ObjectWriter WRITER = new ObjectMapper()
            .writer(new DefaultPrettyPrinter()
                    .withSeparators(Separators.createDefaultInstance()
                            .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                    .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n")));

    /** {@link #WRITER} for a file: the file stays open for the final line break. */
    private static final ObjectWriter FILE_WRITER = WRITER.without(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private ReportFiles() {
    }

    /**
     * Streams {@code value} as JSON to {@code file}, creating its folder.
     *
     * @param what the report's name in the error message, e.g. {@code SARIF report}
     * @throws SitrepException when the file cannot be written
     */
    static void write(Path file, Object value, String what) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                FILE_WRITER.writeValue(out, value);
                out.write('\n');
            }
        } catch (IOException e) {
            throw new SitrepException("cannot write the " + what + " " + file + ": " + e.getMessage(), e);
        }
    }
}
