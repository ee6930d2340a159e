package dev.sitrep.site;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.sitrep.SitrepException;

import java.nio.charset.StandardCharsets;

/**
 * The JSON files of the site (the Statuspage API, the shields.io endpoints): records written by Jackson, two spaces
 * of indent, {@code "key": value}, empty objects and arrays as {@code {}} and {@code []}, a newline at the end.
 *
 * <p>The writer is made the first time a document is written, not before: setting up Jackson's serialisers loads
 * some five hundred classes, a fifth of a second in a fresh JVM, and a rebuild that keeps every JSON file as it was
 * (the clock moved, or an unrelated page changed) writes none.
 */
public final class JsonDocuments {

    private JsonDocuments() {
    }

    /** {@code document} as the UTF-8 bytes of its JSON; {@code path} names it in the error if it cannot be. */
    public static byte[] bytes(String path, Object document) {
        try {
            return (Made.WRITER.writeValueAsString(document) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new SitrepException("cannot write " + path + ": " + e.getMessage(), e);
        }
    }

    /** Made when the class is first used: the JVM guarantees once, and only when a document is written. */
    private static final class Made {
        static final ObjectWriter WRITER = writer();

        private static ObjectWriter writer() {
            DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
            DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                    .withSeparators(Separators.createDefaultInstance()
                            .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                            .withObjectEmptySeparator("")
                            .withArrayEmptySeparator(""));
            printer.indentObjectsWith(indenter);
            printer.indentArraysWith(indenter);
            return new ObjectMapper().writer(printer);
        }
    }
}
