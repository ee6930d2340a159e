package dev.sitrep.parse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sitrep.finding.Findings;
import dev.sitrep.finding.Rule;
import dev.sitrep.finding.Suggestions;
import dev.sitrep.model.Location;
import dev.sitrep.model.Positions;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Typed, validated access to the keys of one YAML mapping. Every problem becomes a finding at the key's or value's
 * line, and the accessor returns empty, so that a reader can go on and report everything in one run.
 */
final class Fields {

    /** The pattern of incident, maintenance, action-item and component ids. */
    static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final Pattern SHORT_DURATION = Pattern.compile("(\\d{1,6})\\s*([smhdw])");
    private static final Pattern HAS_OFFSET = Pattern.compile(".*(Z|z|[+-]\\d{2}(:?\\d{2})?)$");

    private final ObjectNode node;
    private final String pointer;
    private final Positions positions;
    private final Findings findings;

    private Fields(ObjectNode node, String pointer, Positions positions, Findings findings) {
        this.node = node;
        this.pointer = pointer;
        this.positions = positions;
        this.findings = findings;
    }

    /** The mapping at {@code pointer}, or empty after a finding when the value is not a mapping. */
    static Optional<Fields> of(JsonNode value, String pointer, Positions positions, Findings findings, String what) {
        if (value instanceof ObjectNode object) {
            return Optional.of(new Fields(object, pointer, positions, findings));
        }
        findings.error(Rule.INVALID_VALUE, positions.of(pointer),
                what + " must be a mapping of keys to values, not " + describe(value));
        return Optional.empty();
    }

    String pointer() {
        return pointer;
    }

    /** The pointer of one key of this mapping. */
    String pointer(String key) {
        return pointer + "/" + key;
    }

    Location at(String key) {
        return positions.of(pointer(key));
    }

    Location keyAt(String key) {
        return positions.key(pointer(key));
    }

    Location start() {
        return positions.of(pointer);
    }

    Positions positions() {
        return positions;
    }

    Findings findings() {
        return findings;
    }

    boolean has(String key) {
        JsonNode v = node.get(key);
        return v != null && !v.isNull();
    }

    /** Reports every key not in {@code known}, suggesting the closest known key. */
    void allowOnly(String what, String... known) {
        List<String> allowed = Arrays.asList(known);
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!allowed.contains(key)) {
                String hint = Suggestions.closest(key, allowed)
                        .map(s -> "did you mean '" + s + "'?")
                        .orElse("allowed: " + String.join(", ", allowed));
                findings.error(Rule.UNKNOWN_KEY, keyAt(key), "unknown key '" + key + "' in " + what + "; " + hint);
            }
        }
    }

    /** The raw value of a key; with {@code required}, a finding when it is absent or null. */
    Optional<JsonNode> value(String key, boolean required) {
        JsonNode v = node.get(key);
        if (v == null || v.isNull()) {
            if (required) {
                missing(key);
            }
            return Optional.empty();
        }
        return Optional.of(v);
    }

    void missing(String key) {
        findings.error(Rule.MISSING_KEY, start(), "missing required key '" + key + "'");
    }

    /** A scalar as text (numbers and booleans as written), trimmed; blank counts as absent. */
    Optional<String> text(String key, boolean required) {
        Optional<JsonNode> v = value(key, required);
        if (v.isEmpty()) {
            return Optional.empty();
        }
        if (!v.get().isValueNode()) {
            invalid(key, "'" + key + "' must be a single value, not " + describe(v.get()));
            return Optional.empty();
        }
        String s = v.get().asText().strip();
        if (s.isEmpty()) {
            if (required) {
                invalid(key, "'" + key + "' must not be empty");
            }
            return Optional.empty();
        }
        return Optional.of(s);
    }

    /** An id matching {@link #ID}. */
    Optional<String> id(String key, boolean required) {
        return text(key, required).filter(s -> checkId(s, at(key), findings));
    }

    static boolean checkId(String id, Location at, Findings findings) {
        if (ID.matcher(id).matches()) {
            return true;
        }
        String suggestion = id.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        findings.error(Rule.INVALID_ID, at, "id '" + id + "' must use only lowercase letters, digits and hyphens, "
                + "starting with a letter or digit" + (suggestion.isEmpty() ? "" : ", e.g. '" + suggestion + "'"));
        return false;
    }

    /** An instant with an offset: {@code 2026-11-03T14:02:00Z}. */
    Optional<Instant> instant(String key, boolean required) {
        return text(key, required).flatMap(s -> parseInstant(s, at(key), "'" + key + "'"));
    }

    Optional<Instant> parseInstant(String s, Location at, String what) {
        try {
            return Optional.of(OffsetDateTime.parse(s, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant());
        } catch (DateTimeParseException e) {
            String hint;
            if (isDate(s)) {
                hint = "it is a date; " + what + " needs a time with an offset, e.g. " + s + "T14:02:00Z";
            } else if (isLocalDateTime(s)) {
                hint = "it has no UTC offset; add 'Z' or an offset such as +01:00, e.g. " + s + "Z";
            } else if (HAS_OFFSET.matcher(s).matches() && s.length() >= 10 && s.charAt(4) == '-') {
                hint = "there is no such date or time (" + reason(e) + ")";
            } else {
                hint = "write an ISO-8601 time with an offset, e.g. 2026-11-03T14:02:00Z";
            }
            findings.error(Rule.INVALID_VALUE, at, what + " '" + s + "' is not a valid time: " + hint);
            return Optional.empty();
        }
    }

    /** A calendar date: {@code 2026-11-10}. */
    Optional<LocalDate> date(String key, boolean required) {
        return text(key, required).flatMap(s -> {
            try {
                return Optional.of(LocalDate.parse(s, DateTimeFormatter.ISO_LOCAL_DATE));
            } catch (DateTimeParseException e) {
                String hint = s.matches("\\d{4}-\\d{2}-\\d{2}") ? "there is no such date (" + reason(e) + ")"
                        : "write it as YYYY-MM-DD, e.g. 2026-11-10";
                invalid(key, "'" + key + "' '" + s + "' is not a valid date: " + hint);
                return Optional.empty();
            }
        });
    }

    /** A duration: {@code 30m}, {@code 4h}, {@code 2d}, {@code 1w} or ISO {@code PT30M}. */
    Optional<Duration> duration(String key, boolean required) {
        return text(key, required).flatMap(s -> {
            Matcher m = SHORT_DURATION.matcher(s);
            Duration d = null;
            if (m.matches()) {
                long n = Long.parseLong(m.group(1));
                d = switch (m.group(2)) {
                    case "s" -> Duration.ofSeconds(n);
                    case "m" -> Duration.ofMinutes(n);
                    case "h" -> Duration.ofHours(n);
                    case "d" -> Duration.ofDays(n);
                    default -> Duration.ofDays(7 * n);
                };
            } else if (s.startsWith("P") || s.startsWith("p")) {
                try {
                    d = Duration.parse(s);
                } catch (DateTimeParseException e) {
                    d = null;
                }
            }
            if (d == null || d.isNegative() || d.isZero()) {
                invalid(key, "'" + key + "' '" + s + "' is not a duration; write e.g. 30m, 4h, 2d or PT30M");
                return Optional.empty();
            }
            return Optional.of(d);
        });
    }

    /** One word of a closed vocabulary. */
    <E extends Enum<E>> Optional<E> choice(String key, boolean required, E[] values, Function<E, String> id) {
        return text(key, required).flatMap(s -> choose(s, at(key), "'" + key + "'", values, id, findings));
    }

    static <E extends Enum<E>> Optional<E> choose(String s, Location at, String what, E[] values,
                                                  Function<E, String> id, Findings findings) {
        for (E e : values) {
            if (id.apply(e).equals(s)) {
                return Optional.of(e);
            }
        }
        List<String> words = Arrays.stream(values).map(id).toList();
        String hint = Suggestions.closest(s, words).map(w -> "did you mean '" + w + "'? ").orElse("");
        findings.error(Rule.INVALID_VALUE, at, what + " '" + s + "' is not allowed; " + hint
                + "use one of: " + String.join(", ", words));
        return Optional.empty();
    }

    Optional<Boolean> bool(String key) {
        return value(key, false).flatMap(v -> {
            if (v.isBoolean()) {
                return Optional.of(v.booleanValue());
            }
            invalid(key, "'" + key + "' must be true or false, not '" + v.asText() + "'");
            return Optional.empty();
        });
    }

    Optional<Double> number(String key, double min, double max) {
        return value(key, false).flatMap(v -> {
            if (v.isNumber() && v.doubleValue() >= min && v.doubleValue() <= max) {
                return Optional.of(v.doubleValue());
            }
            invalid(key, "'" + key + "' must be a number from " + min + " to " + max + ", not '" + v.asText() + "'");
            return Optional.empty();
        });
    }

    /** A list of non-empty texts; a single text is not a list. */
    Optional<List<String>> textList(String key, boolean required) {
        Optional<JsonNode> v = value(key, required);
        if (v.isEmpty()) {
            return Optional.empty();
        }
        if (!v.get().isArray()) {
            invalid(key, "'" + key + "' must be a list, e.g. [a, b], not " + describe(v.get()));
            return Optional.empty();
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < v.get().size(); i++) {
            JsonNode item = v.get().get(i);
            Location at = positions.of(pointer(key) + "/" + i);
            if (item == null || !item.isValueNode() || item.isNull() || item.asText().isBlank()) {
                findings.error(Rule.INVALID_VALUE, at, "item " + (i + 1) + " of '" + key + "' must be a non-empty text");
            } else {
                out.add(item.asText().strip());
            }
        }
        if (out.isEmpty() && required) {
            invalid(key, "'" + key + "' must list at least one entry");
            return Optional.empty();
        }
        return Optional.of(out);
    }

    void invalid(String key, String message) {
        findings.error(Rule.INVALID_VALUE, at(key), message);
    }

    static String describe(JsonNode v) {
        if (v == null || v.isNull()) {
            return "nothing";
        }
        if (v.isArray()) {
            return "a list";
        }
        if (v.isObject()) {
            return "a mapping";
        }
        return "'" + v.asText() + "'";
    }

    private static boolean isDate(String s) {
        try {
            LocalDate.parse(s);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static boolean isLocalDateTime(String s) {
        try {
            LocalDateTime.parse(s);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static String reason(DateTimeParseException e) {
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        String m = cause.getMessage();
        int colon = m.lastIndexOf(": ");
        return colon >= 0 && colon + 2 < m.length() ? m.substring(colon + 2) : m;
    }
}
