package dev.sitrep.parse;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import dev.sitrep.finding.Findings;
import dev.sitrep.finding.Rule;
import dev.sitrep.model.Location;
import dev.sitrep.model.Positions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

import java.io.IOException;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads one YAML document into a Jackson tree while recording where every key and value stands.
 *
 * <p>Hostile input is refused with a finding, never an exception: the parser's limits bound document size,
 * nesting depth and aliases; anchors and aliases are refused outright (sitrep files never need them, and
 * refusing them makes "billion laughs" impossible); duplicate keys and over-long values are reported at
 * their line. One instance is shared by all threads of a run.
 */
final class YamlReader {

    static final int MAX_NESTING = 32;
    static final int MAX_SCALAR_CHARS = 64 * 1024;

    private final YAMLFactory factory;
    private final PointerTree pointers = new PointerTree();

    YamlReader() {
        LoaderOptions loader = new LoaderOptions();
        loader.setCodePointLimit(SourceText.MAX_BYTES);
        loader.setNestingDepthLimit(MAX_NESTING);
        loader.setMaxAliasesForCollections(10);
        loader.setAllowRecursiveKeys(false);
        loader.setProcessComments(false);
        factory = YAMLFactory.builder()
                .loaderOptions(loader)
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_NESTING)
                        .maxStringLength(SourceText.MAX_BYTES)
                        .build())
                .build();
    }

    /**
     * Parses {@code text}, whose first line is line {@code firstLine} of {@code file}.
     *
     * @return the document, or empty when it could not be read (a finding says why)
     */
    Optional<YamlDocument> read(String file, String text, int firstLine, Findings findings) {
        Builder builder = new Builder(file, firstLine - 1, findings);
        try (JsonParser parser = factory.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                findings.error(Rule.SYNTAX, new Location(file, firstLine, 1),
                        "the document is empty; it must be a YAML mapping of keys to values");
                return Optional.empty();
            }
            JsonNode root = builder.value(parser, pointers.root());
            if (root == null) {
                return Optional.empty();
            }
            if (parser.nextToken() != null) {
                findings.error(Rule.SYNTAX, builder.location(parser),
                        "a second YAML document ('---') follows; keep one document per file");
                return Optional.empty();
            }
            return Optional.of(new YamlDocument(root, builder.positions()));
        } catch (JsonProcessingException e) {
            Location at = builder.location(e.getLocation(), file, firstLine);
            String message = describe(e);
            if (e.getCause() instanceof MarkedYAMLException marked) {
                Mark mark = marked.getProblemMark() != null ? marked.getProblemMark() : marked.getContextMark();
                if (mark != null) {
                    at = new Location(file, mark.getLine() + firstLine, mark.getColumn() + 1);
                }
                message = describe(marked.getProblem(), marked.getContext());
                String context = marked.getContext() == null ? "" : marked.getContext();
                String problem = marked.getProblem() == null ? "" : marked.getProblem();
                if (problem.contains("could not find expected ':'") && marked.getContextMark() != null) {
                    Mark key = marked.getContextMark();
                    at = new Location(file, key.getLine() + firstLine, key.getColumn() + 1);
                    message = "YAML syntax: this line has no ':' after its key; write it as 'key: value'";
                } else if (problem.contains("expected <block end>") && !message.contains("tab")) {
                    message = "YAML syntax: this line is indented differently from the lines before it; "
                            + "align keys of the same mapping, and list items of the same list, in one column";
                }
                if (context.contains("quoted scalar") && marked.getContextMark() != null) {
                    Mark open = marked.getContextMark();
                    at = new Location(file, open.getLine() + firstLine, open.getColumn() + 1);
                    message = "YAML syntax: this quoted value is never closed; add the closing quote";
                }
            }
            findings.error(Rule.SYNTAX, at, message);
            return Optional.empty();
        } catch (IOException e) {
            findings.error(Rule.SYNTAX, new Location(file, firstLine, 1), "cannot read YAML: " + e.getMessage());
            return Optional.empty();
        } catch (RuntimeException e) {
            // snakeyaml reports some limits (code points, nesting) as unchecked exceptions
            findings.error(Rule.SYNTAX, new Location(file, firstLine, 1), "YAML refused: " + firstLine(e.getMessage()));
            return Optional.empty();
        }
    }

    private static String describe(JsonProcessingException e) {
        return describe(firstLine(e.getOriginalMessage()), null);
    }

    private static String describe(String problem, String context) {
        String message = firstLine(problem);
        String lower = message.toLowerCase(Locale.ROOT);
        if (lower.contains("'\\t'") || lower.contains("tab")) {
            return "YAML syntax: a tab character where indentation is expected; indent with spaces only";
        }
        if (context != null && !context.isBlank()) {
            message = message + " (" + firstLine(context) + ")";
        }
        return "YAML syntax: " + message;
    }

    private static String firstLine(String message) {
        if (message == null || message.isBlank()) {
            return "the text cannot be parsed";
        }
        String s = message.strip();
        int nl = s.indexOf('\n');
        String line = nl < 0 ? s : s.substring(0, nl).strip();
        return line.isEmpty() ? s.replace('\n', ' ') : line;
    }

    /** Builds the tree token by token and indexes positions by JSON pointer. */
    private static final class Builder {
        private final String file;
        private final int lineOffset;
        private final Findings findings;
        private final Positions.Builder positions;

        Builder(String file, int lineOffset, Findings findings) {
            this.file = file;
            this.lineOffset = lineOffset;
            this.findings = findings;
            this.positions = Positions.builder(new Location(file, lineOffset + 1, 1));
        }

        Positions positions() {
            return positions.build();
        }

        Location location(JsonParser parser) {
            return location(parser.currentTokenLocation(), file, lineOffset + 1);
        }

        Location location(JsonLocation loc, String f, int firstLine) {
            if (loc == null || loc.getLineNr() < 1) {
                return new Location(f, firstLine, 1);
            }
            return new Location(f, loc.getLineNr() + lineOffset, Math.max(1, loc.getColumnNr()));
        }

        /** Reads the value at the current token; null when the document must be refused. */
        JsonNode value(JsonParser parser, PointerTree.Node node) throws IOException {
            Location here = location(parser);
            if (parser instanceof YAMLParser yaml && (yaml.getObjectId() != null || yaml.isCurrentAlias())) {
                findings.error(Rule.SYNTAX, here,
                        "YAML anchors and aliases ('&name', '*name') are not supported; write the value out");
                return null;
            }
            positions.value(node.pointer(), here.line(), here.column());
            JsonToken token = parser.currentToken();
            switch (token) {
                case START_OBJECT: {
                    ObjectNode object = JsonNodeFactory.instance.objectNode();
                    while (parser.nextToken() == JsonToken.FIELD_NAME) {
                        String key = parser.currentName();
                        Location keyAt = location(parser);
                        PointerTree.Node child = node.field(key);
                        boolean duplicate = object.has(key);
                        if (duplicate) {
                            findings.error(Rule.SYNTAX, keyAt, "duplicate key '" + key + "' (first at line "
                                    + positions.keyAt(child.pointer()).map(Location::line).orElse(keyAt.line())
                                    + "); keep one of them");
                        } else {
                            positions.key(child.pointer(), keyAt.line(), keyAt.column());
                        }
                        parser.nextToken();
                        JsonNode v = value(parser, child);
                        if (v == null) {
                            return null;
                        }
                        if (!duplicate) {
                            object.set(key, v);
                        }
                    }
                    return object;
                }
                case START_ARRAY: {
                    ArrayNode array = JsonNodeFactory.instance.arrayNode();
                    int i = 0;
                    while (parser.nextToken() != JsonToken.END_ARRAY) {
                        PointerTree.Node child = node.item(i++);
                        Location itemAt = location(parser);
                        positions.key(child.pointer(), itemAt.line(), itemAt.column());
                        JsonNode v = value(parser, child);
                        if (v == null) {
                            return null;
                        }
                        array.add(v);
                    }
                    return array;
                }
                case VALUE_STRING: {
                    String s = parser.getText();
                    if (s.length() > MAX_SCALAR_CHARS) {
                        findings.error(Rule.INVALID_VALUE, here, String.format(Locale.ROOT,
                                "value is %,d characters long; sitrep accepts at most %,d characters in one value",
                                s.length(), MAX_SCALAR_CHARS));
                        return null;
                    }
                    return JsonNodeFactory.instance.textNode(s);
                }
                case VALUE_NUMBER_INT:
                case VALUE_NUMBER_FLOAT:
                    // keep the text as written: "0.90" and "007" stay what the author typed
                    return JsonNodeFactory.instance.numberNode(parser.getDecimalValue());
                case VALUE_TRUE:
                    return JsonNodeFactory.instance.booleanNode(true);
                case VALUE_FALSE:
                    return JsonNodeFactory.instance.booleanNode(false);
                case VALUE_NULL:
                    return JsonNodeFactory.instance.nullNode();
                default:
                    findings.error(Rule.SYNTAX, here, "unexpected YAML content (" + token + ")");
                    return null;
            }
        }
    }
}
