package dev.sitrep.site;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import dev.sitrep.SitrepException;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The JSON files of the site (the Statuspage API, the shields.io endpoints): written by Jackson's streaming generator,
 * two spaces of indent, {@code "key": value}, empty objects and arrays as {@code {}} and {@code []}, a newline at the
 * end.
 *
 * <p>Each document says in {@link Document#write} which fields it has, in which order, under which names: the
 * Statuspage and shields.io shapes are fixed lists of fields, and writing them out costs nothing to set up, where
 * Jackson's object mapper introspects every record class with its annotations first (some five hundred classes and
 * a third of a CPU second in a fresh JVM, which a rebuild after one update paid for its few JSON files).
 */
public final class JsonDocuments {

    private static final JsonFactory FACTORY = new JsonFactory();

    private static final DefaultPrettyPrinter PRINTER = printer();

    private JsonDocuments() {
    }

    /** A JSON document, or a part of one: writes itself as one value. */
    public interface Document {

        /** Writes this as one JSON value (an object, for every document of the site). */
        void write(JsonGenerator json) throws IOException;
    }

    /** {@code document} as the UTF-8 bytes of its JSON; {@code path} names it in the error if it cannot be. */
    public static byte[] bytes(String path, Document document) {
        StringWriter text = new StringWriter();
        try (JsonGenerator json = FACTORY.createGenerator(text)) {
            json.setPrettyPrinter(PRINTER.createInstance());
            document.write(json);
        } catch (IOException | UncheckedIOException e) {
            throw new SitrepException("cannot write " + path + ": " + e.getMessage(), e);
        }
        return text.append('\n').toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Writes {@code "name": [...]} with each item, or {@code "name": null} for no list. */
    public static void array(JsonGenerator json, String name, List<? extends Document> items) throws IOException {
        json.writeFieldName(name);
        if (items == null) {
            json.writeNull();
            return;
        }
        json.writeStartArray();
        for (Document item : items) {
            item.write(json);
        }
        json.writeEndArray();
    }

    /** Writes {@code "name": {...}} with {@code value}, or {@code "name": null} for none. */
    public static void object(JsonGenerator json, String name, Document value) throws IOException {
        json.writeFieldName(name);
        if (value == null) {
            json.writeNull();
        } else {
            value.write(json);
        }
    }

    private static DefaultPrettyPrinter printer() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                        .withObjectEmptySeparator("")
                        .withArrayEmptySeparator(""));
        printer.indentObjectsWith(indenter);
        printer.indentArraysWith(indenter);
        return printer;
    }
}
