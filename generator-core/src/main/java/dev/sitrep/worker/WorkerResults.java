package dev.sitrep.worker;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.sitrep.SitrepException;
import dev.sitrep.finding.Finding;
import dev.sitrep.finding.Level;
import dev.sitrep.finding.Rule;
import dev.sitrep.model.Location;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The result file a worker JVM leaves for its host: JSON holding either the {@link Outcome}, or the failure that
 * ended the run. Rules and levels travel by name; both sides run the same sitrep version. Written and read with
 * Jackson's streaming API: the file is small and flat, and neither JVM should pay for starting the data binder
 * just to pass it on.
 *
 * <pre>
 * {"outcome": {"summary": "...", "written": true, "files": 42, "bytes": 1234,
 *              "sarifFailure": "...",    (only when the SARIF report could not be written)
 *              "findings": [{"level": "ERROR", "rule": "SYNTAX", "file": "...", "line": 3, "column": 1,
 *                            "message": "..."}]}}
 * {"failure": {"sitrep": true, "message": "...", "trace": "..."}}
 * </pre>
 */
final class WorkerResults {

    private static final JsonFactory JSON = new JsonFactory();

    private WorkerResults() {
    }

    static void write(Path file, Outcome outcome) throws IOException {
        try (JsonGenerator out = JSON.createGenerator(file.toFile(), JsonEncoding.UTF8)) {
            out.writeStartObject();
            out.writeObjectFieldStart("outcome");
            out.writeStringField("summary", outcome.summary());
            out.writeBooleanField("written", outcome.written());
            out.writeNumberField("files", outcome.files());
            out.writeNumberField("bytes", outcome.bytes());
            if (outcome.sarifFailure().isPresent()) {
                out.writeStringField("sarifFailure", outcome.sarifFailure().get());
            }
            out.writeArrayFieldStart("findings");
            for (Finding f : outcome.findings()) {
                out.writeStartObject();
                out.writeStringField("level", f.level().name());
                out.writeStringField("rule", f.rule().name());
                out.writeStringField("file", f.location().file());
                out.writeNumberField("line", f.location().line());
                out.writeNumberField("column", f.location().column());
                out.writeStringField("message", f.message());
                out.writeEndObject();
            }
            out.writeEndArray();
            out.writeEndObject();
            out.writeEndObject();
        }
    }

    /** Records {@code failure}: a {@link SitrepException} by its message, anything else with its stack trace. */
    static void writeFailure(Path file, Throwable failure) throws IOException {
        StringWriter trace = new StringWriter();
        failure.printStackTrace(new PrintWriter(trace));
        boolean sitrep = failure instanceof SitrepException;
        try (JsonGenerator out = JSON.createGenerator(file.toFile(), JsonEncoding.UTF8)) {
            out.writeStartObject();
            out.writeObjectFieldStart("failure");
            out.writeBooleanField("sitrep", sitrep);
            out.writeStringField("message", sitrep ? failure.getMessage() : failure.toString());
            out.writeStringField("trace", trace.toString());
            out.writeEndObject();
            out.writeEndObject();
        }
    }

    /**
     * Reads a result file.
     *
     * @throws SitrepException the worker's own failure when it had one, or when the file is not a result
     * @throws WorkerFailure   when the worker failed unexpectedly
     */
    static Outcome read(Path file) {
        try (JsonParser in = JSON.createParser(file.toFile())) {
            expect(in, JsonToken.START_OBJECT);
            expect(in, JsonToken.FIELD_NAME);
            String kind = in.currentName();
            if (!kind.equals("outcome") && !kind.equals("failure")) {
                throw new SitrepException("the result file of sitrep's worker JVM holds neither an outcome nor a "
                        + "failure: " + file);
            }
            expect(in, JsonToken.START_OBJECT);
            Map<String, Object> fields = new HashMap<>();
            List<Finding> findings = new ArrayList<>();
            while (in.nextToken() == JsonToken.FIELD_NAME) {
                String name = in.currentName();
                if (name.equals("findings")) {
                    expect(in, JsonToken.START_ARRAY);
                    while (in.nextToken() == JsonToken.START_OBJECT) {
                        findings.add(finding(object(in)));
                    }
                } else {
                    fields.put(name, scalar(in));
                }
            }
            if (kind.equals("failure")) {
                String message = (String) fields.get("message");
                if (Boolean.TRUE.equals(fields.get("sitrep"))) {
                    throw new SitrepException(message);
                }
                throw new WorkerFailure(message, (String) fields.get("trace"));
            }
            return new Outcome(findings, (String) fields.get("summary"), (Boolean) fields.get("written"),
                    ((Number) fields.get("files")).intValue(), ((Number) fields.get("bytes")).longValue(),
                    Optional.ofNullable((String) fields.get("sarifFailure")));
        } catch (SitrepException | WorkerFailure e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new SitrepException("cannot read the result of sitrep's worker JVM from " + file + ": " + e, e);
        }
    }

    private static Finding finding(Map<String, Object> f) {
        return new Finding(Level.valueOf((String) f.get("level")), Rule.valueOf((String) f.get("rule")),
                new Location((String) f.get("file"), ((Number) f.get("line")).intValue(),
                        ((Number) f.get("column")).intValue()), (String) f.get("message"));
    }

    /** The flat object the parser stands at the start of. */
    private static Map<String, Object> object(JsonParser in) throws IOException {
        Map<String, Object> fields = new HashMap<>();
        while (in.nextToken() == JsonToken.FIELD_NAME) {
            String name = in.currentName();
            fields.put(name, scalar(in));
        }
        return fields;
    }

    /** The next value, which must be a string, number or boolean. */
    private static Object scalar(JsonParser in) throws IOException {
        JsonToken token = in.nextToken();
        return switch (token == null ? JsonToken.NOT_AVAILABLE : token) {
            case VALUE_STRING -> in.getText();
            case VALUE_NUMBER_INT -> in.getLongValue();
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            default -> throw new IOException("unexpected " + token + " at " + in.currentLocation());
        };
    }

    private static void expect(JsonParser in, JsonToken expected) throws IOException {
        JsonToken token = in.nextToken();
        if (token != expected) {
            throw new IOException("expected " + expected + " but found " + token + " at " + in.currentLocation());
        }
    }
}
